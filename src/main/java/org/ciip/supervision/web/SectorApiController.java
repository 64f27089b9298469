package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.DrillSummary;
import org.ciip.supervision.DrillView;
import org.ciip.supervision.SectorDrills;
import org.ciip.supervision.SectorPlanRequest;
import org.ciip.supervision.SectorPlanView;
import org.ciip.supervision.SectorPlans;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sector plans and drills", description = "Sector security plans (Art. 22), sector emergency plans and "
        + "drills (Art. 25)")
class SectorApiController {

    private final SectorPlans plans;
    private final SectorDrills drills;

    SectorApiController(SectorPlans plans, SectorDrills drills) {
        this.plans = plans;
        this.drills = drills;
    }

    record Results(UUID operatorId, Integer detected, Integer reported, Integer contained, Integer recovered) {
    }

    record DrillFinding(UUID operatorId, String title, LocalDate dueOn, String note) {
    }

    record Progress(Boolean done, String note, String evidence) {
    }

    @GetMapping("/sector-plans")
    @Operation(summary = "A department's plans (latest version of each), or an operator's plans with tasks for it; "
            + "?q= (title)")
    PageResult<org.ciip.supervision.SectorPlanSummary> plans(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return plans.list(Actors.current(), q, PageQuery.of(page, size, null, Map.of(), "period_from desc"));
    }

    @PostMapping("/sector-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a sector security plan with its tasks (protection departments, Art. 22)")
    SectorPlanView draft(@RequestBody SectorPlanRequest request) {
        return plans.draft(Actors.current(), request);
    }

    @GetMapping("/sector-plans/{id}")
    @Operation(summary = "A version of a plan with completion by task and by operator")
    SectorPlanView plan(@PathVariable UUID id) {
        return plans.find(Actors.current(), id);
    }

    @PutMapping("/sector-plans/{id}")
    @Operation(summary = "Change a draft; an approved version answers 409 (revise it)")
    SectorPlanView update(@PathVariable UUID id, @RequestBody SectorPlanRequest request) {
        return plans.update(Actors.current(), id, request);
    }

    @PostMapping("/sector-plans/{id}/revision")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new draft version copying this one, which stays as it is")
    SectorPlanView revise(@PathVariable UUID id) {
        return plans.revise(Actors.current(), id);
    }

    @PostMapping("/sector-plans/{id}/approval")
    @Operation(summary = "Approve a draft version; the earlier approved version is superseded")
    SectorPlanView approve(@PathVariable UUID id) {
        return plans.approve(Actors.current(), id);
    }

    @PostMapping("/sector-plan-tasks/{taskId}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An operator reports progress on its task: {done, note, evidence?}")
    SectorPlanView progress(@PathVariable UUID taskId, @RequestBody Progress p) {
        return plans.reportProgress(Actors.current(), taskId, p.done(), p.note(), p.evidence());
    }

    @GetMapping("/emergency-plans")
    @Operation(summary = "The department's sector emergency plan, every version, newest first")
    List<SectorDrills.EmergencyPlanView> emergencyPlans() {
        if (!Actors.current().is(org.ciip.shared.OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw org.ciip.shared.api.ApiException.forbidden("A protection department keeps its sector emergency "
                    + "plan (Art. 25).");
        }
        return drills.emergencyPlans(Actors.current());
    }

    @PostMapping("/emergency-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new version of the sector emergency plan, as a draft: {title, nationalPlan, content}")
    SectorDrills.EmergencyPlanView draftEmergencyPlan(@RequestBody SectorDrills.EmergencyPlanRequest request) {
        return drills.draftEmergencyPlan(Actors.current(), request);
    }

    @PostMapping("/emergency-plans/{id}/approval")
    @Operation(summary = "Approve a draft version; the version in force is superseded")
    SectorDrills.EmergencyPlanView approveEmergencyPlan(@PathVariable UUID id) {
        return drills.approveEmergencyPlan(Actors.current(), id);
    }

    @PostMapping("/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a drill with participating operators and targets in minutes (Art. 25)")
    DrillView planDrill(@RequestBody SectorDrills.DrillRequest request) {
        return drills.planDrill(Actors.current(), request);
    }

    @GetMapping("/drills")
    @Operation(summary = "The drills you organize or take part in, newest first; ?q= (number, title), ?from=, ?to= "
            + "(dates)")
    PageResult<DrillSummary> drills(@RequestParam(required = false) String q,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return drills.list(Actors.current(), q, from, to, PageQuery.of(page, size, null, Map.of(), "held_on desc"));
    }

    @GetMapping("/drills/{id}")
    @Operation(summary = "A drill with the participants' measured times against the targets and the findings")
    DrillView drill(@PathVariable UUID id) {
        return drills.drill(Actors.current(), id);
    }

    @PostMapping("/drills/{id}/results")
    @Operation(summary = "Record a participant's measured times: {operatorId, detected, reported, contained, "
            + "recovered} in minutes")
    DrillView results(@PathVariable UUID id, @RequestBody Results r) {
        return drills.recordResults(Actors.current(), id, r.operatorId(), new SectorDrills.Results(r.detected(),
                r.reported(), r.contained(), r.recovered()));
    }

    @PostMapping("/drills/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assign an after-action finding to a participant: {operatorId, title, dueOn}")
    DrillView assign(@PathVariable UUID id, @RequestBody DrillFinding f) {
        return drills.assignFinding(Actors.current(), id, f.operatorId(), f.title(), f.dueOn());
    }

    @PostMapping("/drills/{id}/findings/{seq}/completion")
    @Operation(summary = "The operator completes its finding: {note}")
    DrillView complete(@PathVariable UUID id, @PathVariable int seq, @RequestBody DrillFinding f) {
        return drills.completeFinding(Actors.current(), id, seq, f.note());
    }
}
