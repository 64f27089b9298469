package org.ciip.obligations;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a purchase (Art. 19, 41); each is audited against it. */
public sealed interface PurchaseEvent extends AuditedEvent permits PurchaseRecorded, PurchaseReviewRecorded,
        PurchasePutInUse {

    UUID purchaseId();

    @Override
    default String auditObjectType() {
        return "Purchase";
    }

    @Override
    default Object auditObjectId() {
        return purchaseId();
    }
}
