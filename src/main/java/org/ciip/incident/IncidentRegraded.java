package org.ciip.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.incident.grading.Grade;

/**
 * The figures of supplement {@code seq} raised the incident from {@code from} to {@code to}: the clocks of the higher
 * grade started; {@code recipients} are those who had the report and those it now reaches.
 */
public record IncidentRegraded(UUID incidentId, String operatorName, String summary, Grade from, Grade to, int seq,
        List<UUID> recipients) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_REGRADED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("from", from.name(), "to", to.name(), "seq", seq);
    }
}
