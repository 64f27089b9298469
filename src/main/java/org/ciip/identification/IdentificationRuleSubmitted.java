package org.ciip.identification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The department submitted its rule to MPS for filing (Art. 9); {@code mps} are the organizations told. */
public record IdentificationRuleSubmitted(UUID ruleId, UUID departmentId, String departmentName, String name,
        int version, List<UUID> mps) implements IdentificationRuleEvent {

    @Override
    public String auditAction() {
        return "IDENTIFICATION_RULE_SUBMITTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("version", version);
    }
}
