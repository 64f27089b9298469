package org.ciip.obligations;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a corporate change (Art. 21); each is audited against it. */
public sealed interface CorporateChangeEvent extends AuditedEvent permits CorporateChangeReported,
        CorporateChangeRequirementsSet, CorporateChangeCompleted {

    UUID changeId();

    @Override
    default String auditObjectType() {
        return "CorporateChange";
    }

    @Override
    default Object auditObjectId() {
        return changeId();
    }
}
