package org.ciip.incident;

import java.util.Map;
import java.util.UUID;

/** A recipient acknowledged receipt of an incident report. */
public record IncidentAcknowledged(UUID incidentId, UUID organizationId) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_ACKNOWLEDGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of();
    }
}
