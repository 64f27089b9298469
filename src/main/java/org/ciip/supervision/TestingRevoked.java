package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approver revoked the authorization for good: testing stops at once, running sessions with it. */
public record TestingRevoked(UUID authorizationId, List<UUID> to, String title, String reason, int sessionsStopped) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_REVOKED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("reason", reason);
    }
}
