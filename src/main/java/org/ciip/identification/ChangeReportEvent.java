package org.ciip.identification;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a change report (Art. 11); each is audited against the report. */
public sealed interface ChangeReportEvent extends AuditedEvent permits ChangeReported, ChangeReportRecertified {

    UUID changeReportId();

    @Override
    default String auditObjectType() {
        return "ChangeReport";
    }

    @Override
    default Object auditObjectId() {
        return changeReportId();
    }
}
