package org.ciip.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A protection department's sector emergency plan and its drills (Art. 25): the plan is versioned, following the
 * national plan it names; a drill has a scenario, a date, objectives, targets and participating operators of the
 * department's jurisdiction; the department records each participant's measured times against the targets (the first
 * report against the 1-hour clock of Art. 18) and assigns after-action findings with deadlines, which the operators
 * complete. Taking part in a held drill counts for the operator's own drill duty (Art. 15(3)).
 */
@Service
public class SectorDrills {

    /** The report target unless the department sets another: CII operators report within an hour (Art. 18). */
    public static final int REPORT_CLOCK_MINUTES = 60;

    private final DrillRecords drills;
    private final InspectionRecords jurisdiction;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectorDrills(DrillRecords drills, InspectionRecords jurisdiction, Organizations organizations,
            ApplicationEventPublisher events, Clock clock) {
        this.drills = drills;
        this.jurisdiction = jurisdiction;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** A version of the sector emergency plan. */
    public record EmergencyPlanView(UUID id, int version, String title, String nationalPlan, String content,
            PlanVersion status, Instant createdAt, String createdBy, Instant approvedAt, String approvedBy) {
    }

    public record EmergencyPlanRequest(String title, String nationalPlan, String content) {
    }

    public record DrillRequest(String title, String scenario, String objectives, LocalDate heldOn,
            List<UUID> operatorIds, Integer targetDetectMinutes, Integer targetReportMinutes,
            Integer targetContainMinutes, Integer targetRecoverMinutes, UUID emergencyPlanId) {
    }

    public record Results(Integer detected, Integer reported, Integer contained, Integer recovered) {
    }

    private static void requireDepartment(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || !actor.canWrite()) {
            throw ApiException.forbidden("A protection department keeps its sector emergency plan and organizes drills "
                    + "(Art. 25).");
        }
    }

    /** The department's emergency plan, every version, newest first. */
    public List<EmergencyPlanView> emergencyPlans(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            return List.of();
        }
        return drills.emergencyPlans(actor.organizationId()).stream().map(p -> new EmergencyPlanView(p.id(),
                p.version(), p.title(), p.nationalPlan(), p.content(), p.status(), p.createdAt(), p.createdBy(),
                p.approvedAt(), p.approvedBy())).toList();
    }

    /** A new version of the emergency plan, as a draft; the version in force stays as it is until this is approved. */
    @Transactional
    public EmergencyPlanView draftEmergencyPlan(Actor actor, EmergencyPlanRequest r) {
        requireDepartment(actor);
        Validation v = new Validation();
        v.requireText(r.title(), "title", 300);
        v.requireText(r.nationalPlan(), "nationalPlan", 300);
        v.requireText(r.content(), "content", 100_000);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        drills.draftEmergencyPlan(id, actor.organizationId(), r.title().trim(), r.nationalPlan().trim(),
                r.content().trim(), clock.instant(), actor.username());
        return emergencyPlan(actor, id);
    }

    @Transactional
    public EmergencyPlanView approveEmergencyPlan(Actor actor, UUID id) {
        requireDepartment(actor);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("The principal or the security officer approves the plan.");
        }
        EmergencyPlanView plan = emergencyPlan(actor, id);
        if (!drills.approveEmergencyPlan(id, actor.organizationId(), plan.status().approve(), clock.instant(),
                actor.username())) {
            throw ApiException.conflict("This version changed meanwhile.");
        }
        events.publishEvent(new EmergencyPlanApproved(id, List.of(), plan.title(), plan.version()));
        return emergencyPlan(actor, id);
    }

    private EmergencyPlanView emergencyPlan(Actor actor, UUID id) {
        return emergencyPlans(actor).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Emergency plan " + id));
    }

    @Transactional
    public DrillView planDrill(Actor actor, DrillRequest r) {
        requireDepartment(actor);
        LocalDate today = LegalTime.today(clock);
        Validation v = new Validation();
        v.requireText(r.title(), "title", 300);
        v.requireText(r.scenario(), "scenario", 20_000);
        v.requireText(r.objectives(), "objectives", 10_000);
        if (r.heldOn() == null) {
            v.add("heldOn", "validation.required", "is required");
        } else if (r.heldOn().isBefore(today.minusDays(30)) || r.heldOn().isAfter(today.plusYears(2))) {
            v.add("heldOn", "validation.drillDate", "must be within the last 30 days or the next two years");
        }
        List<UUID> operators = r.operatorIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.operatorIds()));
        if (operators.isEmpty() || operators.size() > 500) {
            v.add("operatorIds", "validation.count", "must name 1 to 500 operators", 1, 500);
        } else if (operators.stream().anyMatch(o -> !jurisdiction.inspectable(actor.organizationId(), o))) {
            v.add("operatorIds", "validation.drillOperators", "must be operators of your sectors");
        }
        int detect = minutes(v, r.targetDetectMinutes(), "targetDetectMinutes", 30);
        int report = minutes(v, r.targetReportMinutes(), "targetReportMinutes", REPORT_CLOCK_MINUTES);
        int contain = minutes(v, r.targetContainMinutes(), "targetContainMinutes", 240);
        int recover = minutes(v, r.targetRecoverMinutes(), "targetRecoverMinutes", 1440);
        if (r.emergencyPlanId() != null && emergencyPlans(actor).stream()
                .noneMatch(p -> p.id().equals(r.emergencyPlanId()) && p.status() != PlanVersion.DRAFT)) {
            v.add("emergencyPlanId", "validation.emergencyPlan", "must be an approved version of your emergency plan");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        String number = drills.nextNumber(today.getYear());
        drills.insert(new DrillRecords.NewDrill(id, number, actor.organizationId(), r.emergencyPlanId(),
                r.title().trim(), r.scenario().trim(), r.objectives().trim(), r.heldOn(),
                new DrillView.Targets(detect, report, contain, recover), clock.instant(), actor.username()),
                operators);
        String department = organizations.find(actor.organizationId()).map(o -> o.name()).orElse("");
        events.publishEvent(new DrillPlanned(id, operators, r.title().trim(), number, r.heldOn(), department));
        return drill(actor, id);
    }

    private static int minutes(Validation v, Integer value, String field, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 10_080) {
            v.add(field, "validation.minutes", "must be from 1 to 10080 minutes (a week)");
            return fallback;
        }
        return value;
    }

    /** The drill for its department and participants (an operator sees its own results); 404 for anyone else. */
    public DrillView drill(Actor actor, UUID id) {
        if (actor.organizationId() == null) {
            throw ApiException.notFound("Drill " + id);
        }
        return drills.find(id, actor.organizationId(), LegalTime.today(clock))
                .orElseThrow(() -> ApiException.notFound("Drill " + id));
    }

    /** The drills the actor organizes or takes part in, newest first; optionally by text and period. */
    public PageResult<DrillSummary> list(Actor actor, String q, LocalDate from, LocalDate to, PageQuery page) {
        if (actor.organizationId() == null) {
            return PageResult.of(List.of(), page, 0);
        }
        return drills.page(actor.organizationId(), Validation.blankToNull(q), from, to, page);
    }

    /** The department records a participant's measured times, once the drill's day has come. */
    @Transactional
    public DrillView recordResults(Actor actor, UUID id, UUID operatorId, Results r) {
        DrillView d = own(actor, id);
        if (d.heldOn().isAfter(LegalTime.today(clock))) {
            throw ApiException.conflict("Results are recorded on or after the day of the drill (" + d.heldOn() + ").");
        }
        Validation v = new Validation();
        measured(v, r.detected(), "detected");
        measured(v, r.reported(), "reported");
        measured(v, r.contained(), "contained");
        measured(v, r.recovered(), "recovered");
        v.throwIfInvalid();
        if (!drills.recordResults(id, operatorId, r.detected(), r.reported(), r.contained(), r.recovered(),
                clock.instant())) {
            throw ApiException.invalid("operatorId", "must be a participant of the drill");
        }
        events.publishEvent(new DrillResultsRecorded(id, List.of(operatorId), d.title(), d.number(), operatorId,
                r.reported() <= d.targets().report()));
        return drill(actor, id);
    }

    private static void measured(Validation v, Integer minutes, String field) {
        if (minutes == null) {
            v.add(field, "validation.required", "is required");
        } else if (minutes < 0 || minutes > 100_000) {
            v.add(field, "validation.minutes", "must be a number of minutes from the start of the scenario");
        }
    }

    /** An after-action finding for a participant, with the date to complete it by. */
    @Transactional
    public DrillView assignFinding(Actor actor, UUID id, UUID operatorId, String title, LocalDate dueOn) {
        DrillView d = own(actor, id);
        LocalDate today = LegalTime.today(clock);
        Validation v = new Validation();
        v.require(operatorId != null && d.participants().stream().anyMatch(p -> p.operatorId().equals(operatorId)),
                "operatorId", "validation.participant", "must be a participant of the drill");
        v.requireText(title, "title", 500);
        if (dueOn == null) {
            v.add("dueOn", "validation.required", "is required");
        } else if (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(2))) {
            v.add("dueOn", "validation.rectifyBy", "must be between today and two years from now");
        }
        v.throwIfInvalid();
        int seq = drills.addFinding(id, operatorId, title.trim(), dueOn);
        events.publishEvent(new DrillFindingAssigned(id, List.of(operatorId), d.title(), d.number(), seq, dueOn));
        return drill(actor, id);
    }

    /** The operator completes its finding, saying what it did. */
    @Transactional
    public DrillView completeFinding(Actor actor, UUID id, int seq, String note) {
        DrillView d = drill(actor, id);
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("The operator the finding is assigned to completes it.");
        }
        Validation v = new Validation();
        v.requireText(note, "note", 10_000);
        v.throwIfInvalid();
        if (!drills.completeFinding(id, seq, actor.organizationId(), note.trim(), clock.instant())) {
            throw d.findings().stream().anyMatch(f -> f.seq() == seq) ? ApiException.conflict("It was completed "
                    + "already.") : ApiException.notFound("Finding " + seq);
        }
        events.publishEvent(new DrillFindingCompleted(id, List.of(d.departmentId()), d.title(), d.number(), seq));
        return drill(actor, id);
    }

    private DrillView own(Actor actor, UUID id) {
        DrillView d = drill(actor, id);
        if (!d.departmentId().equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("The department that organizes the drill does this.");
        }
        return d;
    }

    /** The operators a department may name as participants, for the drill form. */
    public List<InspectionPlanning.Inspectable> operators(Actor actor) {
        requireDepartment(actor);
        return new ArrayList<>(jurisdiction.inspectableOperators(actor.organizationId(), null, 500).stream()
                .map(o -> new InspectionPlanning.Inspectable(o.id(), o.name())).toList());
    }
}
