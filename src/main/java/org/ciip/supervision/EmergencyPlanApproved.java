package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A department approved a version of its sector emergency plan (Art. 25); the earlier one is superseded, never rewritten. */
public record EmergencyPlanApproved(UUID recordId, List<UUID> to, String title, int version) implements DrillEvent {

    @Override
    public String auditAction() {
        return "EMERGENCY_PLAN_APPROVED";
    }

    @Override
    public String auditObjectType() {
        return "SectorEmergencyPlan";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("version", version);
    }
}
