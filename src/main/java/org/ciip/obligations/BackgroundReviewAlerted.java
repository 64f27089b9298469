package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A sanction registered after a review: the person is barred from key positions (Art. 43 para 3) until {@code
 * barredUntil}, or for life; a pending review is blocked, an approved one flagged, and the operator is told (nothing
 * of the offence).
 */
public record BackgroundReviewAlerted(UUID reviewId, UUID operatorId, String personName, String idLast4,
        String position, LocalDate barredUntil, boolean barredForLife) implements BackgroundReviewEvent {

    @Override
    public String auditAction() {
        return "BACKGROUND_REVIEW_ALERTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("barred", barredForLife ? "life" : barredUntil.toString());
    }
}
