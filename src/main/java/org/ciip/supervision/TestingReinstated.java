package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approver reinstated a suspended authorization. */
public record TestingReinstated(UUID authorizationId, List<UUID> to, String title, String reason,
        java.time.Instant at) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_REINSTATED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("reason", reason);
    }
}
