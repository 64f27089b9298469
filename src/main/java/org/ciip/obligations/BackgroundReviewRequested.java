package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;

/**
 * The operator started the background review of a person for a position (Art. 14), PENDING, or BLOCKED at once by a
 * ban in force (Art. 43 para 3).
 */
public record BackgroundReviewRequested(UUID reviewId, UUID operatorId, UUID personId, String position,
        String status) implements BackgroundReviewEvent {

    @Override
    public String auditAction() {
        return "BACKGROUND_REVIEW_REQUESTED";
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
