package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The authority decided a penalty: the basis it applied, the unit's fine, and the remedies' deadlines. */
public record PenaltyDecided(UUID caseId, String number, UUID authorityId, UUID operatorId, String article, String basisCode, LegalBases.Ground ground, java.math.BigDecimal unitFine, java.time.LocalDate reconsiderationUntil, java.time.LocalDate lawsuitUntil)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "PENALTY_DECIDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("number", number);
        summary.put("article", article);
        summary.put("basis", basisCode);
        summary.put("ground", ground.name());
        summary.put("unitFine", unitFine == null ? "none" : unitFine.toPlainString());
        summary.put("reconsiderationUntil", reconsiderationUntil.toString());
        return summary;
    }
}
