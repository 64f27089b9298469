package org.ciip.supervision;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a sector's emergency plan and drills (Art. 25); each tells {@code to}. */
public sealed interface DrillEvent extends AuditedEvent permits EmergencyPlanApproved, DrillPlanned,
        DrillResultsRecorded, DrillFindingAssigned, DrillFindingCompleted {

    /** The plan or the drill. */
    UUID recordId();

    List<UUID> to();

    String title();

    @Override
    default Object auditObjectId() {
        return recordId();
    }
}
