package org.ciip.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator supplemented its report with version {@code seq} (Measures Art. 7); its recipients are told. */
public record IncidentSupplemented(UUID incidentId, String operatorName, String development, int seq, String sha256,
        List<UUID> recipients) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_SUPPLEMENTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq, "sha256", sha256);
    }
}
