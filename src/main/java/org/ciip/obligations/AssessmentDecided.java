package org.ciip.obligations;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The protection department accepted an assessment, or returned it with its reason (Art. 17); the operator is told.
 *
 * @param decision {@code ACCEPTED} or {@code RETURNED}
 */
public record AssessmentDecided(UUID assessmentId, String decision, String reason, UUID operatorId, String assetName,
        int year, Instant at) implements AssessmentEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_" + decision;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("reason", reason == null ? "" : reason);
    }
}
