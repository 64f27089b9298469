package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The authority ordered the operator to correct by a date, and warned it (Art. 39-42). */
public record CorrectionOrdered(UUID caseId, String number, UUID authorityId, UUID operatorId, String article, java.time.LocalDate correctBy, boolean warned)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "CORRECTION_ORDERED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article, "correctBy", correctBy.toString(), "warned", warned);
    }
}
