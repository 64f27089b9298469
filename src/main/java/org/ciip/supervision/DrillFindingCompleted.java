package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator completed an after-action finding of a drill. */
public record DrillFindingCompleted(UUID recordId, List<UUID> to, String title, String number, int seq) implements DrillEvent {

    @Override
    public String auditAction() {
        return "DRILL_FINDING_COMPLETED";
    }

    @Override
    public String auditObjectType() {
        return "SectorDrill";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq);
    }
}
