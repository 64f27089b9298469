package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Public security entered the tester of a reported unauthorized test in the sanctions register (Art. 43 para 3). */
public record UnauthorizedTestingSanctioned(UUID reportId, List<UUID> to, String operatorName, UUID sanctionId)
        implements ObservedTestingEvent {

    @Override
    public String auditAction() {
        return "UNAUTHORIZED_TESTING_SANCTIONED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("sanction", sanctionId.toString());
    }
}
