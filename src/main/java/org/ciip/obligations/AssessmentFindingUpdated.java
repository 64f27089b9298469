package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;

/**
 * The operator moved a finding's rectification on: OPEN, IN_PROGRESS or RECTIFIED (Art. 17).
 */
public record AssessmentFindingUpdated(UUID assessmentId, UUID findingId, String status) implements AssessmentEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_FINDING_" + status;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("findingId", findingId.toString());
    }
}
