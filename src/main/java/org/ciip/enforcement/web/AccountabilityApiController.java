package org.ciip.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.enforcement.Accountability;
import org.ciip.enforcement.AccountabilityViews;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accountability of departments", description = "Missed duties of departments, fees or designated brands "
        + "in inspections, liability-accident investigations (Art. 44, 45, 47)")
class AccountabilityApiController {

    private final Accountability accountability;

    AccountabilityApiController(Accountability accountability) {
        this.accountability = accountability;
    }

    record IncidentRef(UUID incidentId) {
    }

    @GetMapping("/accountability/departments")
    @Operation(summary = "For MPS and CAC: each inspecting body with the duties CIIP knows it missed, most first")
    List<AccountabilityViews.DepartmentDuties> departments() {
        return accountability.departments(Actors.current());
    }

    @PostMapping("/conduct-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An operator reports that an inspecting body charged fees or required designated brands "
            + "(Art. 45): {bodyId, kind: FEE or BRAND, description, amount?}")
    AccountabilityViews.ConductReport report(@RequestBody AccountabilityViews.NewConductReport report) {
        return accountability.reportConduct(Actors.current(), report);
    }

    @GetMapping("/conduct-reports")
    @Operation(summary = "The operator's own reports; for MPS and CAC every report, newest first")
    PageResult<AccountabilityViews.ConductReport> conducts(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accountability.conducts(Actors.current(), PageQuery.of(page, size, null, Map.of(), "reported_at"));
    }

    @GetMapping("/conduct-reports/{id}")
    AccountabilityViews.ConductReport conduct(@PathVariable UUID id) {
        return accountability.conduct(Actors.current(), id);
    }

    @PostMapping("/conduct-reports/{id}/decision")
    @Operation(summary = "MPS or CAC find on a report: {founded, outcome, refund?}; founded orders the body to "
            + "correct and refund")
    AccountabilityViews.ConductReport decide(@PathVariable UUID id,
            @RequestBody AccountabilityViews.ConductDecision decision) {
        return accountability.decideConduct(Actors.current(), id, decision);
    }

    @PostMapping("/liability-investigations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "MPS or CAC open a liability-accident investigation of a major or particularly major "
            + "incident (Art. 47): {incidentId}")
    AccountabilityViews.Investigation open(@RequestBody IncidentRef ref) {
        return accountability.openInvestigation(Actors.current(), ref.incidentId());
    }

    @GetMapping("/liability-investigations")
    PageResult<AccountabilityViews.Investigation> investigations(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accountability.investigations(Actors.current(), PageQuery.of(page, size, null, Map.of(), "opened_at"));
    }

    @GetMapping("/liability-investigations/{id}")
    AccountabilityViews.Investigation investigation(@PathVariable UUID id) {
        return accountability.investigation(Actors.current(), id);
    }

    @PostMapping("/liability-investigations/{id}/findings")
    @Operation(summary = "Record a responsibility: {partyOrgId? or partyName, partyRole: OPERATOR, SERVICE_AGENCY or "
            + "DEPARTMENT, responsible, finding}")
    AccountabilityViews.Investigation finding(@PathVariable UUID id,
            @RequestBody AccountabilityViews.NewFinding finding) {
        return accountability.recordFinding(Actors.current(), id, finding);
    }

    @PostMapping("/liability-investigations/{id}/conclusion")
    @Operation(summary = "Conclude: {liabilityAccident, conclusion}")
    AccountabilityViews.Investigation conclude(@PathVariable UUID id,
            @RequestBody AccountabilityViews.Conclusion conclusion) {
        return accountability.conclude(Actors.current(), id, conclusion);
    }
}
