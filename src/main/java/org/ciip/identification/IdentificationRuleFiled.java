package org.ciip.identification;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** MPS recorded the filing of a rule on {@code recordDate} (Art. 9): the department may activate it. */
public record IdentificationRuleFiled(UUID ruleId, UUID departmentId, String name, int version, LocalDate recordDate,
        String recordNumber) implements IdentificationRuleEvent {

    @Override
    public String auditAction() {
        return "IDENTIFICATION_RULE_FILED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("recordDate", recordDate.toString(), "recordNumber", String.valueOf(recordNumber));
    }
}
