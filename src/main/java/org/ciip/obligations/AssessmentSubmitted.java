package org.ciip.obligations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operator submitted an assessment with its findings to the protection departments ({@code departments}) of the
 * asset's sector (Art. 17).
 */
public record AssessmentSubmitted(UUID assessmentId, String operatorName, String assetName, int year, int findings,
        List<UUID> departments, Instant at) implements AssessmentEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_SUBMITTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("findings", findings);
    }
}
