package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The supplier acknowledged its security and confidentiality agreement (Art. 20).
 */
public record SupplierAgreementAcknowledged(UUID agreementId, UUID supplierId) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "SUPPLIER_AGREEMENT_ACKNOWLEDGED";
    }

    @Override
    public String auditObjectType() {
        return "SupplierAgreement";
    }

    @Override
    public Object auditObjectId() {
        return agreementId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of();
    }
}
