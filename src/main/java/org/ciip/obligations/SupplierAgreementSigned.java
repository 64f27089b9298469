package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The operator recorded a security and confidentiality agreement with the supplier of a purchase (Art. 20); the
 * supplier is told, to acknowledge it.
 */
public record SupplierAgreementSigned(UUID agreementId, UUID purchaseId, UUID supplierId, String operatorName,
        String item, LocalDate signedOn) implements SupplierAgreementEvent {

    @Override
    public String auditAction() {
        return "SUPPLIER_AGREEMENT_SIGNED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("purchaseId", purchaseId.toString(), "signedOn", signedOn.toString());
    }
}
