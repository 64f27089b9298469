package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The operator reported its correction, with evidence. */
public record CorrectionReported(UUID caseId, String number, UUID authorityId, UUID operatorId, String article)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "CORRECTION_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article);
    }
}
