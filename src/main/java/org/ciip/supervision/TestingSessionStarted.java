package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tester started a testing session from a source address in scope. */
public record TestingSessionStarted(UUID authorizationId, List<UUID> to, String title, UUID sessionId, int testerSeq, String testerName, String sourceAddress) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_SESSION_STARTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("session", sessionId.toString(), "tester", testerSeq, "source", sourceAddress);
    }
}
