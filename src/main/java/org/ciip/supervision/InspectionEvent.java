package org.ciip.supervision;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The past-tense events of an inspection (Art. 26-28, 42); each tells {@code to} and is audited against the
 * inspection.
 */
public sealed interface InspectionEvent extends AuditedEvent permits InspectionPlanned, InspectionsMerged,
        InspectionConfirmed, InspectionDocumentProvided, InspectionFindingRecorded, InspectionFindingRectified,
        InspectionFindingVerified, NonCooperationRecorded, NonCooperationCleared, InspectionClosed {

    UUID inspectionId();

    /** The organizations told of the step. */
    List<UUID> to();

    /** The inspection's number, e.g. {@code INS-2026-000012}. */
    String number();

    @Override
    default String auditObjectType() {
        return "Inspection";
    }

    @Override
    default Object auditObjectId() {
        return inspectionId();
    }
}
