package org.ciip.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The protection department set its requirements for disposing of the CII, due {@code dueOn} (Art. 21); the operator
 * is told.
 */
public record CorporateChangeRequirementsSet(UUID changeId, UUID operatorId, LocalDate dueOn, String requirements,
        Instant at) implements CorporateChangeEvent {

    @Override
    public String auditAction() {
        return "CORPORATE_CHANGE_REQUIREMENTS_SET";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("dueOn", dueOn.toString());
    }
}
