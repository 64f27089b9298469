package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A department planned a drill (Art. 25); its participating operators are told. */
public record DrillPlanned(UUID recordId, List<UUID> to, String title, String number, java.time.LocalDate heldOn, String departmentName) implements DrillEvent {

    @Override
    public String auditAction() {
        return "DRILL_PLANNED";
    }

    @Override
    public String auditObjectType() {
        return "SectorDrill";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "heldOn", heldOn.toString(), "participants", to.size());
    }
}
