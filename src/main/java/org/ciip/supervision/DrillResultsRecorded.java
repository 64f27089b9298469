package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The department recorded a participant's measured times; taking part counts for its drill duty (Art. 15(3)). */
public record DrillResultsRecorded(UUID recordId, List<UUID> to, String title, String number, UUID operatorId, boolean reportedInTime) implements DrillEvent {

    @Override
    public String auditAction() {
        return "DRILL_RESULTS_RECORDED";
    }

    @Override
    public String auditObjectType() {
        return "SectorDrill";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operator", operatorId.toString(), "reportedInTime", reportedInTime);
    }
}
