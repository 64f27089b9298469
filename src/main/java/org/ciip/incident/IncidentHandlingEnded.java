package org.ciip.incident;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The operator ended the handling of an incident at {@code at}: the clock of the final report started. */
public record IncidentHandlingEnded(UUID incidentId, Instant at) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_HANDLING_ENDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("at", at.toString());
    }
}
