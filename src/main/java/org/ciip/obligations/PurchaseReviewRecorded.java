package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The outcome of a purchase's national security review (Art. 19).
 */
public record PurchaseReviewRecorded(UUID purchaseId, UUID operatorId, PurchaseReviewStatus result, LocalDate decidedOn,
        String reference) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "PURCHASE_REVIEW_" + result.name();
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
        return Map.of("decidedOn", decidedOn.toString(), "reference", reference);
    }
}
