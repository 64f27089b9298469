package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Testing of CII was requested (Art. 31); the approvers of its route are told. */
public record TestingRequested(UUID authorizationId, List<UUID> to, String title, String requesterName, String operatorName, TestingRoute route) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_REQUESTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title, "route", route.name(), "requester", requesterName);
    }
}
