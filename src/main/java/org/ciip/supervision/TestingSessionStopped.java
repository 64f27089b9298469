package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tester stopped a testing session. */
public record TestingSessionStopped(UUID authorizationId, List<UUID> to, String title, UUID sessionId) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_SESSION_STOPPED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("session", sessionId.toString());
    }
}
