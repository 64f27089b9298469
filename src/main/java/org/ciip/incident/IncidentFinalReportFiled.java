package org.ciip.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator filed the final report (version {@code seq}, Measures Art. 8): the incident is closed. */
public record IncidentFinalReportFiled(UUID incidentId, String operatorName, String summary, int seq, String sha256,
        List<UUID> recipients) implements IncidentEvent {

    @Override
    public String auditAction() {
        return "INCIDENT_FINAL_REPORT";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq, "sha256", sha256);
    }
}
