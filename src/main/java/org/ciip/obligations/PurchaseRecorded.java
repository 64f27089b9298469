package org.ciip.obligations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The operator recorded a purchase of network products or services; one that may affect national security needs a
 * security review before use (Art. 19).
 */
public record PurchaseRecorded(UUID purchaseId, UUID operatorId, UUID supplierId, BigDecimal amountCny,
        boolean mayAffectNationalSecurity) implements PurchaseEvent {

    @Override
    public String auditAction() {
        return "PURCHASE_RECORDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("supplierId", supplierId.toString());
        summary.put("amountCny", amountCny.toPlainString());
        summary.put("mayAffectNationalSecurity", mayAffectNationalSecurity);
        return summary;
    }
}
