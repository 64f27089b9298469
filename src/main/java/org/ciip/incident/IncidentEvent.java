package org.ciip.incident;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of an incident's transitions; each is audited against the incident it concerns. */
public sealed interface IncidentEvent extends AuditedEvent permits IncidentReported, IncidentForwarded,
        IncidentAcknowledged, IncidentSupplemented, IncidentRegraded, IncidentHandlingEnded, IncidentFinalReportFiled,
        IncidentObligationMissed {

    UUID incidentId();

    @Override
    default String auditObjectType() {
        return "Incident";
    }

    @Override
    default Object auditObjectId() {
        return incidentId();
    }
}
