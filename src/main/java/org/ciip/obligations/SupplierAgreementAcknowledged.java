package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;

/**
 * The supplier acknowledged its security and confidentiality agreement (Art. 20).
 */
public record SupplierAgreementAcknowledged(UUID agreementId, UUID supplierId) implements SupplierAgreementEvent {

    @Override
    public String auditAction() {
        return "SUPPLIER_AGREEMENT_ACKNOWLEDGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of();
    }
}
