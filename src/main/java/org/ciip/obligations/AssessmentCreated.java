package org.ciip.obligations;

import java.util.Map;
import java.util.UUID;

/**
 * The operator recorded its yearly detection and risk assessment of a CII asset (Art. 17), by itself or by an agency
 * it names (told when {@code agencyId} is set).
 */
public record AssessmentCreated(UUID assessmentId, UUID assetId, String assetName, String operatorName, int year,
        String performer, UUID agencyId) implements AssessmentEvent {

    @Override
    public String auditAction() {
        return "ASSESSMENT_CREATED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("assetId", assetId.toString());
        summary.put("year", year);
        summary.put("performer", performer);
        return summary;
    }
}
