package org.ciip.supervision;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a major-threat report (Art. 18); each is audited against it. */
public sealed interface ThreatEvent extends AuditedEvent permits ThreatReported, ThreatAcknowledged,
        ThreatTurnedIntoWarning {

    UUID threatId();

    @Override
    default String auditObjectType() {
        return "ThreatReport";
    }

    @Override
    default Object auditObjectId() {
        return threatId();
    }
}
