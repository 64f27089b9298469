package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approver of a testing request approved it (with any conditions in {@code note}) or refused it (the reason in {@code note}). */
public record TestingStepDecided(UUID authorizationId, List<UUID> to, String title, TestingRoute.ApprovalParty party, String decision, String deciderName, String note) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_STEP_DECIDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("party", party.name(), "decision", decision);
    }
}
