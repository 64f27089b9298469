package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The reviewer's result of a background review (Art. 14). @param result APPROVED or REJECTED
 */
public record BackgroundReviewResultRecorded(UUID reviewId, UUID operatorId, String result, LocalDate reviewedOn,
        String reviewer) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "BACKGROUND_REVIEW_" + result;
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
        return Map.of("reviewedOn", reviewedOn.toString(), "reviewer", reviewer);
    }
}
