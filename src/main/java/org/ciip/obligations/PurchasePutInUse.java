package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A purchased product or service went into use; before a passed review where one is needed (Art. 41).
 */
public record PurchasePutInUse(UUID purchaseId, UUID operatorId, LocalDate inUseSince,
        boolean beforeReview) implements PurchaseEvent {

    @Override
    public String auditAction() {
        return "PURCHASE_IN_USE";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("inUseSince", inUseSince.toString(), "beforeReview", beforeReview);
    }
}
