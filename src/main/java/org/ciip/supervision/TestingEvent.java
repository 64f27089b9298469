package org.ciip.supervision;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The past-tense events of a testing authorization (Art. 31); each tells the other parties ({@code to}) and is audited
 * against the authorization.
 */
public sealed interface TestingEvent extends AuditedEvent permits TestingRequested, TestingStepDecided,
        TestingAuthorized, TestingReportedInAdvance, TestingObjected, TestingSuspended, TestingReinstated,
        TestingRevoked, TestingSessionStarted, TestingSessionStopped, TestingFindingRecorded, TestingClosed {

    UUID authorizationId();

    /** The organizations told of the step: the parties of the authorization other than the one that took it. */
    List<UUID> to();

    String title();

    @Override
    default String auditObjectType() {
        return "TestingAuthorization";
    }

    @Override
    default Object auditObjectId() {
        return authorizationId();
    }
}
