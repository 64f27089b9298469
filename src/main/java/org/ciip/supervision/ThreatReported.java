package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An operator reported a major network security threat to its departments and public security organ (Art. 18). */
public record ThreatReported(UUID threatId, UUID operatorId, String operatorName, String title, boolean late,
        List<UUID> recipients) implements ThreatEvent {

    @Override
    public String auditAction() {
        return "THREAT_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title, "late", late, "recipients", recipients.size());
    }
}
