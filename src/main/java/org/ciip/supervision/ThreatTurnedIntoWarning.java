package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A department turned a threat report into a warning for its sector (Art. 24); the reporting operator is told. */
public record ThreatTurnedIntoWarning(UUID threatId, UUID operatorId, UUID warningId, String title)
        implements ThreatEvent {

    @Override
    public String auditAction() {
        return "THREAT_TURNED_INTO_WARNING";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("warningId", warningId.toString());
    }
}
