package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The telecom authority objected to testing on the basic telecommunications network: it may not run. */
public record TestingObjected(UUID authorizationId, List<UUID> to, String title, String objection) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_OBJECTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("objection", objection);
    }
}
