package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The testers closed the authorization with their report; the findings reached the operator as assessments (Art. 17). */
public record TestingClosed(UUID authorizationId, List<UUID> to, String title, String number, List<UUID> assessmentIds, int findings) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_CLOSED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "assessments", assessmentIds.size(), "findings", findings);
    }
}
