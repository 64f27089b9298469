package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The operator started the background review of a person for a position (Art. 14), PENDING, or BLOCKED at once by a
 * ban in force (Art. 43 para 3).
 */
public record BackgroundReviewRequested(UUID reviewId, UUID operatorId, UUID personId, String position,
        String status) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "BACKGROUND_REVIEW_REQUESTED";
    }

    @Override
    public String auditObjectType() {
        return "BackgroundReview";
    }

    @Override
    public Object auditObjectId() {
        return reviewId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("personId", personId.toString());
        summary.put("position", position);
        summary.put("status", status);
        return summary;
    }
}
