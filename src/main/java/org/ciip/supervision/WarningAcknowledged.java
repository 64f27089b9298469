package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** An operator acknowledged a warning, within its clock or late. */
public record WarningAcknowledged(UUID warningId, UUID operatorId, boolean late) implements WarningEvent {

    @Override
    public String auditAction() {
        return late ? "WARNING_ACKNOWLEDGED_LATE" : "WARNING_ACKNOWLEDGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operatorId", operatorId.toString());
    }
}
