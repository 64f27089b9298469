package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The testers recorded a finding, handed to the operator when the authorization closes. */
public record TestingFindingRecorded(UUID authorizationId, List<UUID> to, String title, int seq, String severity) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_FINDING_RECORDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq, "severity", severity);
    }
}
