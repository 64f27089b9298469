package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The authority found that the operator refused to correct. */
public record RefusalFound(UUID caseId, String number, UUID authorityId, UUID operatorId, String article, boolean deadlinePassed)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "REFUSAL_FOUND";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article, "deadlinePassed", deadlinePassed);
    }
}
