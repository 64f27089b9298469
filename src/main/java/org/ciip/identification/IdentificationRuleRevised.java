package org.ciip.identification;

import java.util.Map;
import java.util.UUID;

/** The department changed its draft rule. */
public record IdentificationRuleRevised(UUID ruleId, String name) implements IdentificationRuleEvent {

    @Override
    public String auditAction() {
        return "IDENTIFICATION_RULE_REVISED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("name", name);
    }
}
