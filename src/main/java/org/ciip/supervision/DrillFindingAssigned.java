package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An after-action finding of a drill was assigned to an operator with a deadline. */
public record DrillFindingAssigned(UUID recordId, List<UUID> to, String title, String number, int seq, java.time.LocalDate dueOn) implements DrillEvent {

    @Override
    public String auditAction() {
        return "DRILL_FINDING_ASSIGNED";
    }

    @Override
    public String auditObjectType() {
        return "SectorDrill";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq, "dueOn", dueOn.toString());
    }
}
