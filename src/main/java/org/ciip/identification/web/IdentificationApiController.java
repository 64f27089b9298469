package org.ciip.identification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identification.ChangeReporting;
import org.ciip.identification.ChangeReporting.ChangeReportView;
import org.ciip.identification.DecisionRequest;
import org.ciip.identification.CiiIdentification;
import org.ciip.identification.DecisionView;
import org.ciip.identification.RuleEvaluator;
import org.ciip.identification.RuleFiling;
import org.ciip.identification.RuleView;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identification", description = "Identification rules (Art. 9), identification (Art. 10), change reports "
        + "and re-certification (Art. 11)")
class IdentificationApiController {

    private final RuleFiling rules;
    private final CiiIdentification decisions;
    private final ChangeReporting changes;
    private final AssetRegistry assets;

    IdentificationApiController(RuleFiling rules, CiiIdentification decisions, ChangeReporting changes,
            AssetRegistry assets) {
        this.rules = rules;
        this.decisions = decisions;
        this.changes = changes;
        this.assets = assets;
    }

    @GetMapping("/api/v1/identification-rules")
    @Operation(summary = "Rules you may see: a department its own, MPS every rule filed with it")
    List<RuleView> rules(@RequestParam(required = false) String status) {
        return rules.list(Actors.current(), status);
    }

    @GetMapping("/api/v1/identification-rules/{id}")
    RuleView rule(@PathVariable UUID id) {
        return rules.find(Actors.current(), id);
    }

    @PostMapping("/api/v1/identification-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a rule, or a new version of one with 'supersedes' (protection department, Art. 9)")
    RuleView draft(@RequestBody RuleFiling.RuleDraft draft) {
        return rules.draft(Actors.current(), draft);
    }

    @PutMapping("/api/v1/identification-rules/{id}")
    @Operation(summary = "Change a draft")
    RuleView revise(@PathVariable UUID id, @RequestBody RuleFiling.RuleDraft draft) {
        return rules.revise(Actors.current(), id, draft);
    }

    @PostMapping("/api/v1/identification-rules/{id}/filing")
    @Operation(summary = "The department files the rule with MPS; MPS records the filing with {recordDate, recordNumber}")
    RuleView filing(@PathVariable UUID id, @RequestBody(required = false) RuleFiling.FilingRecord record) {
        return rules.filing(Actors.current(), id, record);
    }

    @PostMapping("/api/v1/identification-rules/{id}/activation")
    @Operation(summary = "Activate a filed rule; it supersedes the active version of the same rule")
    RuleView activate(@PathVariable UUID id) {
        return rules.activate(Actors.current(), id);
    }

    @GetMapping("/api/v1/identification-candidates")
    @Operation(summary = "Candidate assets in your sectors that no one has identified yet")
    PageResult<AssetRegistry.AssetSummary> candidates(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return assets.candidates(Actors.current(), PageQuery.of(page, size, null, Map.of(), "a.created_at, a.id"));
    }

    @PostMapping("/api/v1/identifications/preview")
    @Operation(summary = "The rule's recommendation for these ratings; decides nothing")
    RuleEvaluator.Evaluation preview(@RequestBody DecisionRequest request) {
        return decisions.preview(Actors.current(), request.ruleId(), request.ratings());
    }

    @PostMapping("/api/v1/identifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Identify a candidate asset as CII or not (Art. 10); the operator and MPS are notified")
    DecisionView identify(@RequestBody DecisionRequest request) {
        return decisions.identify(Actors.current(), request);
    }

    @GetMapping("/api/v1/identifications")
    PageResult<DecisionView> identifications(@RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return decisions.list(Actors.current(), assetId, PageQuery.of(page, size, null, Map.of(), "i.decided_at desc"));
    }

    @GetMapping("/api/v1/identifications/{id}")
    DecisionView identification(@PathVariable UUID id) {
        return decisions.find(Actors.current(), id);
    }

    @PostMapping("/api/v1/change-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a major change of a CII asset (operator, Art. 11); answers the re-certification due date")
    ChangeReportView report(@RequestBody ChangeReporting.NewChangeReport report) {
        return changes.report(Actors.current(), report);
    }

    @GetMapping("/api/v1/change-reports")
    PageResult<ChangeReportView> changeReports(@RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return changes.list(Actors.current(), status, overdue,
                PageQuery.of(page, size, null, Map.of(), "c.recertification_due"));
    }

    @GetMapping("/api/v1/change-reports/{id}")
    ChangeReportView changeReport(@PathVariable UUID id) {
        return changes.find(Actors.current(), id);
    }

    @PostMapping("/api/v1/change-reports/{id}/recertification")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Re-certify after a change report (protection department, Art. 11)")
    DecisionView recertify(@PathVariable UUID id, @RequestBody DecisionRequest request) {
        return changes.recertify(Actors.current(), id, request);
    }
}
