package org.ciip.identification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The department activated a filed rule; the versions of its series that were active are superseded. */
public record IdentificationRuleActivated(UUID ruleId, int version, List<UUID> superseded)
        implements IdentificationRuleEvent {

    @Override
    public String auditAction() {
        return "IDENTIFICATION_RULE_ACTIVATED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("version", version, "superseded", superseded.stream().map(UUID::toString).toList());
    }
}
