package org.ciip.obligations;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a supplier agreement (Art. 20); each is audited against it. */
public sealed interface SupplierAgreementEvent extends AuditedEvent permits SupplierAgreementSigned,
        SupplierAgreementAcknowledged {

    UUID agreementId();

    @Override
    default String auditObjectType() {
        return "SupplierAgreement";
    }

    @Override
    default Object auditObjectId() {
        return agreementId();
    }
}
