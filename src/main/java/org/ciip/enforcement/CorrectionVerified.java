package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The authority verified the correction; the case is closed. */
public record CorrectionVerified(UUID caseId, String number, UUID authorityId, UUID operatorId, String article)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "CORRECTION_VERIFIED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article);
    }
}
