package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** An operator answered a warning for one of its matched assets. */
public record WarningResponded(UUID warningId, UUID operatorId, UUID assetId, ResponseStatus status)
        implements WarningEvent {

    @Override
    public String auditAction() {
        return "WARNING_RESPONDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operatorId", operatorId.toString(), "assetId", assetId.toString(), "status", status.name());
    }
}
