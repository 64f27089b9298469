package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of a purchase's national security review (Art. 19).
 */
public record PurchaseReviewRecorded(UUID purchaseId, UUID operatorId, PurchaseReviewStatus result, LocalDate decidedOn,
        String reference) implements PurchaseEvent {

    @Override
    public String auditAction() {
        return "PURCHASE_REVIEW_" + result.name();
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("decidedOn", decidedOn.toString(), "reference", reference);
    }
}
