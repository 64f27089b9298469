package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Testing on the basic telecommunications network was reported to the telecom authority (Art. 31). */
public record TestingReportedInAdvance(UUID authorizationId, List<UUID> to, String title, boolean onTimeForFirstWindow) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_REPORTED_IN_ADVANCE";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("onTimeForFirstWindow", onTimeForFirstWindow);
    }
}
