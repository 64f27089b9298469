package org.ciip.identification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A protection department drafted an identification rule, or version {@code version} of a rule series. */
public record IdentificationRuleDrafted(UUID ruleId, UUID seriesId, int version, String name, String sector,
        RuleDefinition.DecisionMethod method) implements IdentificationRuleEvent {

    @Override
    public String auditAction() {
        return "IDENTIFICATION_RULE_DRAFTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", name);
        summary.put("sector", sector);
        summary.put("version", version);
        summary.put("seriesId", seriesId.toString());
        summary.put("method", method.name());
        return summary;
    }
}
