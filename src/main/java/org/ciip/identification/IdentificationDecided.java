package org.ciip.identification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * A protection department decided whether an asset is CII (Art. 10), or re-certified it (Art. 11): the asset's CII
 * status follows the decision; {@code recipients} (the operator and MPS) are told.
 *
 * @param decision {@code CII} or {@code NOT_CII}
 */
public record IdentificationDecided(UUID decisionId, DecisionKind kind, UUID assetId, String assetName,
        UUID operatorId, String operatorName, UUID ruleId, String ruleName, int ruleVersion, String recommendation,
        String decision, boolean againstRecommendation, String decidedBy, List<UUID> recipients)
        implements AuditedEvent {

    public boolean cii() {
        return "CII".equals(decision);
    }

    @Override
    public String auditAction() {
        return kind == DecisionKind.IDENTIFICATION ? "CII_IDENTIFIED" : "CII_RECERTIFIED";
    }

    @Override
    public String auditObjectType() {
        return "Identification";
    }

    @Override
    public Object auditObjectId() {
        return decisionId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assetId", assetId.toString());
        summary.put("ruleId", ruleId.toString());
        summary.put("ruleVersion", ruleVersion);
        summary.put("recommendation", recommendation);
        summary.put("decision", decision);
        summary.put("againstRecommendation", againstRecommendation);
        return summary;
    }
}
