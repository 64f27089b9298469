package org.ciip.supervision;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a report of unauthorized testing (Art. 31, 43); each tells {@code to}. */
public sealed interface ObservedTestingEvent extends AuditedEvent permits UnauthorizedTestingReported,
        UnauthorizedTestingSanctioned {

    UUID reportId();

    List<UUID> to();

    String operatorName();

    @Override
    default String auditObjectType() {
        return "ObservedTesting";
    }

    @Override
    default Object auditObjectId() {
        return reportId();
    }
}
