package org.ciip.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The protection department set its requirements for disposing of the CII, due {@code dueOn} (Art. 21); the operator
 * is told.
 */
public record CorporateChangeRequirementsSet(UUID changeId, UUID operatorId, LocalDate dueOn, String requirements,
        Instant at) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "CORPORATE_CHANGE_REQUIREMENTS_SET";
    }

    @Override
    public String auditObjectType() {
        return "CorporateChange";
    }

    @Override
    public Object auditObjectId() {
        return changeId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("dueOn", dueOn.toString());
    }
}
