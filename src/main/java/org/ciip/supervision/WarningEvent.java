package org.ciip.supervision;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of an early warning (Art. 24); each is audited against it. */
public sealed interface WarningEvent extends AuditedEvent permits WarningIssued, WarningMatchedLater,
        WarningAcknowledged, WarningResponded, WarningAcknowledgementMissed, WarningResponseMissed {

    UUID warningId();

    @Override
    default String auditObjectType() {
        return "EarlyWarning";
    }

    @Override
    default Object auditObjectId() {
        return warningId();
    }
}
