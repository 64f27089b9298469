package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * A purchased product or service went into use; before a passed review where one is needed (Art. 41).
 */
public record PurchasePutInUse(UUID purchaseId, UUID operatorId, LocalDate inUseSince,
        boolean beforeReview) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "PURCHASE_IN_USE";
    }

    @Override
    public String auditObjectType() {
        return "Purchase";
    }

    @Override
    public Object auditObjectId() {
        return purchaseId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("inUseSince", inUseSince.toString(), "beforeReview", beforeReview);
    }
}
