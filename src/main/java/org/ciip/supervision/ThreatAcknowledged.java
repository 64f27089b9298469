package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A recipient acknowledged a threat report; its operator is told. */
public record ThreatAcknowledged(UUID threatId, UUID operatorId, UUID acknowledgedBy, String title)
        implements ThreatEvent {

    @Override
    public String auditAction() {
        return "THREAT_ACKNOWLEDGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("organizationId", acknowledgedBy.toString());
    }
}
