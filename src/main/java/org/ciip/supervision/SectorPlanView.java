package org.ciip.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a protection department's sector security plan (Art. 22): period, protection objectives, basic
 * requirements, tasks with specific measures assigned to operators with deadlines, and how far each task and each
 * operator has got. An operator sees only its own tasks and progress.
 */
public record SectorPlanView(UUID id, UUID lineage, int version, UUID supersedes, UUID departmentId,
        String departmentName, String title, LocalDate periodFrom, LocalDate periodTo, String objectives,
        String requirements, PlanVersion status, Instant createdAt, String createdBy, Instant approvedAt,
        String approvedBy, List<Task> tasks, List<OperatorProgress> operators, List<Version> versions) {

    /** A task with its completion: of the operators it is assigned to, how many reported it done. */
    public record Task(UUID id, int seq, String title, String measures, LocalDate dueOn, String assignee,
            UUID operatorId, String operatorName, String province, long assigned, long done, boolean overdue,
            List<Progress> progress) {
    }

    /** An operator's latest report on a task. */
    public record Progress(UUID operatorId, String operatorName, boolean done, String note, String evidence,
            Instant reportedAt, String reportedBy) {
    }

    /** How far one operator has got with the plan's tasks. */
    public record OperatorProgress(UUID operatorId, String operatorName, long tasks, long done) {
    }

    /** Another version of the same plan. */
    public record Version(UUID id, int version, PlanVersion status, Instant approvedAt) {
    }
}
