package org.ciip.obligations;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The protection department set how often the operator drills its emergency plan (Art. 15(3)); the operator is told.
 */
public record DrillIntervalSet(UUID operatorId, int months, String basis, Instant at) implements AuditedEvent {

    @Override
    public String auditAction() {
        return "DRILL_INTERVAL_SET";
    }

    @Override
    public String auditObjectType() {
        return "Organization";
    }

    @Override
    public Object auditObjectId() {
        return operatorId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("months", months, "basis", basis);
    }
}
