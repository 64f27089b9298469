package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approver suspended the authorization: testing stops at once, running sessions with it. */
public record TestingSuspended(UUID authorizationId, List<UUID> to, String title, String reason, int sessionsStopped,
        java.time.Instant at) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_SUSPENDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("reason", reason);
    }
}
