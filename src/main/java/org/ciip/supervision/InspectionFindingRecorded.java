package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team recorded a finding with a rectification deadline (Art. 26). */
public record InspectionFindingRecorded(UUID inspectionId, List<UUID> to, String number, int seq, String severity, java.time.LocalDate rectifyBy) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_FINDING_RECORDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq, "severity", severity, "rectifyBy", rectifyBy.toString());
    }
}
