package org.ciip.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A protection department's sector security plan (Art. 22): written for a period with objectives, basic requirements
 * and tasks assigned to its operators with deadlines; approved; revised as a new version, the approved one never
 * rewritten. Operators report progress on their tasks with evidence; the department sees completion by task and by
 * operator.
 */
@Service
public class SectorPlans {

    private final PlanRecords plans;
    private final InspectionRecords jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectorPlans(PlanRecords plans, InspectionRecords jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    private static void requireDepartment(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || !actor.canWrite()) {
            throw ApiException.forbidden("A protection department plans its sector's security (Art. 22).");
        }
    }

    /** A new plan, as version 1 in draft. */
    @Transactional
    public SectorPlanView draft(Actor actor, SectorPlanRequest r) {
        requireDepartment(actor);
        validate(actor, r);
        UUID id = UUID.randomUUID();
        plans.insert(id, id, 1, null, actor.organizationId(), normalized(r), clock.instant(), actor.username());
        return find(actor, id);
    }

    /** Rewrites a draft; an approved version is never rewritten (409): revise it instead. */
    @Transactional
    public SectorPlanView update(Actor actor, UUID id, SectorPlanRequest r) {
        PlanRecords.Plan plan = own(actor, id);
        if (plan.status() != PlanVersion.DRAFT) {
            throw ApiException.conflict("An approved version is never rewritten: make a revision.");
        }
        validate(actor, r);
        if (!plans.updateDraft(id, normalized(r))) {
            throw ApiException.conflict("This version was approved meanwhile.");
        }
        return find(actor, id);
    }

    /** A new draft version copying the latest one, which stays as it is. */
    @Transactional
    public SectorPlanView revise(Actor actor, UUID id) {
        PlanRecords.Plan plan = own(actor, id);
        if (plans.latestVersion(plan.lineage()) != plan.version()) {
            throw ApiException.conflict("Revise the latest version of the plan.");
        }
        if (plan.status() == PlanVersion.DRAFT) {
            throw ApiException.conflict("This version is still a draft: change it instead.");
        }
        SectorPlanView current = find(actor, id);
        UUID revision = UUID.randomUUID();
        plans.insert(revision, plan.lineage(), plan.version() + 1, id, actor.organizationId(), new SectorPlanRequest(
                plan.title(), plan.periodFrom(), plan.periodTo(), plan.objectives(), plan.requirements(),
                current.tasks().stream().map(t -> new SectorPlanRequest.Task(t.title(), t.measures(), t.dueOn(),
                        t.assignee(), t.operatorId(), t.province())).toList()), clock.instant(), actor.username());
        return find(actor, revision);
    }

    @Transactional
    public SectorPlanView approve(Actor actor, UUID id) {
        PlanRecords.Plan plan = own(actor, id);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("The principal or the security officer approves the plan.");
        }
        if (!plans.approve(id, plan.lineage(), plan.status().approve(), clock.instant(), actor.username())) {
            throw ApiException.conflict("This version was approved meanwhile.");
        }
        SectorPlanView view = find(actor, id);
        events.publishEvent(new SectorPlanEvent(id, "APPROVED", view.operators().stream()
                .map(SectorPlanView.OperatorProgress::operatorId).toList(), plan.title(), plan.version(), null, null,
                null));
        return view;
    }

    /** An operator reports its progress on a task of an approved plan, done or not, with its evidence. */
    @Transactional
    public SectorPlanView reportProgress(Actor actor, UUID taskId, Boolean done, String note, String evidence) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An operator reports progress on its tasks.");
        }
        UUID planId = plans.planOfTask(taskId).filter(p -> plans.taskAssignedTo(taskId, actor.organizationId()))
                .orElseThrow(() -> ApiException.notFound("Task " + taskId));
        PlanRecords.Plan plan = plans.find(planId).orElseThrow();
        if (plan.status() != PlanVersion.APPROVED) {
            throw ApiException.conflict("Progress is reported on the plan in force.");
        }
        Validation v = new Validation();
        v.require(done != null, "done", "validation.required", "is required");
        v.requireText(note, "note", 10_000);
        v.optionalText(evidence, "evidence", 10_000);
        v.throwIfInvalid();
        UUID progressId = UUID.randomUUID();
        plans.report(progressId, taskId, actor.organizationId(), done, note.trim(), Validation.blankToNull(evidence),
                clock.instant(), actor.username());
        events.publishEvent(new SectorPlanEvent(planId, "PROGRESS", List.of(plan.departmentId()), plan.title(),
                plan.version(), taskId, done, progressId));
        return find(actor, planId);
    }

    /**
     * The plan version for its department, with every task's and operator's completion; for an operator with tasks
     * in it (approved), only its own tasks; 404 for anyone else.
     */
    public SectorPlanView find(Actor actor, UUID id) {
        PlanRecords.Plan p = plans.find(id).orElseThrow(() -> ApiException.notFound("Plan " + id));
        boolean department = p.departmentId().equals(actor.organizationId());
        if (!department && !(actor.is(OrganizationKind.OPERATOR) && actor.organizationId() != null
                && plans.assignsTo(id, actor.organizationId()))) {
            throw ApiException.notFound("Plan " + id);
        }
        LocalDate today = LegalTime.today(clock);
        return new SectorPlanView(p.id(), p.lineage(), p.version(), p.supersedes(), p.departmentId(),
                p.departmentName(), p.title(), p.periodFrom(), p.periodTo(), p.objectives(), p.requirements(),
                p.status(), p.createdAt(), p.createdBy(), p.approvedAt(), p.approvedBy(),
                plans.tasks(id, department ? null : actor.organizationId(), today),
                department ? plans.byOperator(id) : List.of(), department ? plans.versions(p.lineage()) : List.of());
    }

    /** The department's plans (latest version of each), or an operator's plans in force with tasks for it. */
    public org.ciip.shared.api.PageResult<SectorPlanSummary> list(Actor actor, String q,
            org.ciip.shared.api.PageQuery page) {
        boolean department = actor.is(OrganizationKind.PROTECTION_DEPARTMENT);
        if (actor.organizationId() == null || !department && !actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.forbidden("Protection departments and their operators read sector security plans.");
        }
        return plans.page(actor.organizationId(), department, Validation.blankToNull(q), page);
    }

    private PlanRecords.Plan own(Actor actor, UUID id) {
        requireDepartment(actor);
        PlanRecords.Plan plan = plans.find(id).filter(p -> p.departmentId().equals(actor.organizationId()))
                .orElseThrow(() -> ApiException.notFound("Plan " + id));
        return plan;
    }

    /** The request with each task's assignee in capitals and only the operator or province it needs. */
    private static SectorPlanRequest normalized(SectorPlanRequest r) {
        return new SectorPlanRequest(r.title(), r.periodFrom(), r.periodTo(), r.objectives(), r.requirements(),
                r.tasks().stream().map(t -> {
                    String a = t.assignee().trim().toUpperCase(Locale.ROOT);
                    return new SectorPlanRequest.Task(t.title(), t.measures(), t.dueOn(), a,
                            a.equals("OPERATOR") ? t.operatorId() : null, a.equals("PROVINCE") ? t.province() : null);
                }).toList());
    }

    private void validate(Actor actor, SectorPlanRequest r) {
        Validation v = new Validation();
        v.requireText(r.title(), "title", 300);
        v.requireText(r.objectives(), "objectives", 20_000);
        v.requireText(r.requirements(), "requirements", 20_000);
        if (r.periodFrom() == null) {
            v.add("periodFrom", "validation.required", "is required");
        }
        if (r.periodTo() == null) {
            v.add("periodTo", "validation.required", "is required");
        } else if (r.periodFrom() != null && (r.periodTo().isBefore(r.periodFrom())
                || r.periodTo().isAfter(r.periodFrom().plusYears(5)))) {
            v.add("periodTo", "validation.planPeriod", "must be on or after the start, and within five years of it");
        }
        List<SectorPlanRequest.Task> tasks = r.tasks() == null ? List.of() : r.tasks();
        if (tasks.isEmpty() || tasks.size() > 200) {
            v.add("tasks", "validation.count", "must give 1 to 200 tasks", 1, 200);
        }
        for (int i = 0; i < tasks.size(); i++) {
            SectorPlanRequest.Task t = tasks.get(i);
            String f = "tasks[" + i + "].";
            v.requireText(t.title(), f + "title", 300);
            v.requireText(t.measures(), f + "measures", 10_000);
            if (t.dueOn() == null) {
                v.add(f + "dueOn", "validation.required", "is required");
            } else if (r.periodFrom() != null && r.periodTo() != null && (t.dueOn().isBefore(r.periodFrom())
                    || t.dueOn().isAfter(r.periodTo()))) {
                v.add(f + "dueOn", "validation.taskDue", "must fall within the plan's period");
            }
            String a = t.assignee() == null ? "" : t.assignee().trim().toUpperCase(Locale.ROOT);
            switch (a) {
                case "OPERATOR" -> v.require(t.operatorId() != null && jurisdiction.inspectable(
                        actor.organizationId(), t.operatorId()), f + "operatorId", "validation.drillOperators",
                        "must be an operator of your sectors");
                case "SECTOR" -> { }
                case "PROVINCE" -> v.require(t.province() != null && t.province().matches("\\d{2}"),
                        f + "province", "validation.province", "must be a two-digit province code");
                default -> v.add(f + "assignee", "validation.oneOf", "must be OPERATOR, SECTOR or PROVINCE",
                        "OPERATOR, SECTOR, PROVINCE");
            }
        }
        v.throwIfInvalid();
    }

}
