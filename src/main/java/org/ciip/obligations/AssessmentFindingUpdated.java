package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The operator moved a finding's rectification on: OPEN, IN_PROGRESS or RECTIFIED (Art. 17).
 */
public record AssessmentFindingUpdated(UUID assessmentId, UUID findingId, String status) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_FINDING_" + status;
    }

    @Override
    public String auditObjectType() {
        return "Assessment";
    }

    @Override
    public Object auditObjectId() {
        return assessmentId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("findingId", findingId.toString());
    }
}
