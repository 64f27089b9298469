package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;

/**
 * The operator or its agency recorded a finding of an assessment (Art. 17).
 */
public record AssessmentFindingAdded(UUID assessmentId, UUID findingId, String severity) implements AssessmentEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_FINDING_ADDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("findingId", findingId.toString(), "severity", severity);
    }
}
