package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An operator reported testing it observed outside any valid authorization to its departments and public security. */
public record UnauthorizedTestingReported(UUID reportId, List<UUID> to, String operatorName, String finding)
        implements ObservedTestingEvent {

    @Override
    public String auditAction() {
        return "UNAUTHORIZED_TESTING_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("finding", finding);
    }
}
