package org.ciip.incident;

import java.util.Map;
import java.util.UUID;

/** A reporting obligation's clock ran out before it was met (Art. 40): the sweep marked it late. */
public record IncidentObligationMissed(UUID obligationId, UUID incidentId, String kind, UUID obligedOrganization)
        implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_OBLIGATION_LATE";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("obligation", obligationId.toString(), "kind", kind);
    }
}
