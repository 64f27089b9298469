package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The reviewer's result of a background review (Art. 14). @param result APPROVED or REJECTED
 */
public record BackgroundReviewResultRecorded(UUID reviewId, UUID operatorId, String result, LocalDate reviewedOn,
        String reviewer) implements BackgroundReviewEvent {

    @Override
    public String auditAction() {
        return "BACKGROUND_REVIEW_" + result;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("reviewedOn", reviewedOn.toString(), "reviewer", reviewer);
    }
}
