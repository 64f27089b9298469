package org.ciip.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.incident.grading.Grade;

/** A first recipient forwarded a major incident to {@code recipients} (CAC and MPS for CII), meeting its clocks. */
public record IncidentForwarded(UUID incidentId, UUID forwardedBy, String forwarderName, List<UUID> recipients,
        Instant at, Grade grade, String operatorName, String summary) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_FORWARDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("to", recipients.stream().map(UUID::toString).toList(), "at", at.toString());
    }
}
