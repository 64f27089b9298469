package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * A step of a sector security plan (Art. 22): a version approved ({@code kind} APPROVED, the operators with tasks told)
 * or an operator's progress on a task ({@code kind} PROGRESS, the department told). Audited against the plan.
 */
public record SectorPlanEvent(UUID planId, String kind, List<UUID> to, String title, int version, UUID taskId,
        Boolean done, UUID progressId) implements AuditedEvent {

    @Override
    public String auditAction() {
        return kind.equals("APPROVED") ? "SECTOR_PLAN_APPROVED" : "SECTOR_PLAN_PROGRESS_REPORTED";
    }

    @Override
    public String auditObjectType() {
        return "SectorSecurityPlan";
    }

    @Override
    public Object auditObjectId() {
        return planId;
    }

    @Override
    public Map<String, ?> auditSummary() {
        return taskId == null ? Map.of("version", version)
                : Map.of("version", version, "task", taskId.toString(), "done", done);
    }
}
