package org.ciip.incident;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.incident.grading.Grade;

/**
 * An operator reported an incident (Art. 18): graded, routed by its rule set, received by {@code recipients} (the
 * organizations its first reports went to; empty when no clock applies).
 */
public record IncidentReported(UUID incidentId, UUID operatorId, String operatorName, String summary, Grade grade,
        Grade computedGrade, boolean gradeBelowComputed, String operatorClass, String ruleSet, Instant discoveredAt,
        List<UUID> recipients, String sha256) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("grade", grade.name());
        summary.put("computedGrade", computedGrade.name());
        summary.put("operatorClass", operatorClass);
        summary.put("ruleSet", ruleSet);
        summary.put("sha256", sha256);
        return summary;
    }
}
