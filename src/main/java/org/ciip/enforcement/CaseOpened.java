package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** An authority opened an enforcement case against an operator, a unit or a person, citing the article. */
public record CaseOpened(UUID caseId, String number, UUID authorityId, UUID operatorId, String article, String sourceKind)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "CASE_OPENED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article, "sourceKind", sourceKind);
    }
}
