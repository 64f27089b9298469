package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.EarlyWarnings;
import org.ciip.supervision.ResponseRequest;
import org.ciip.supervision.WarningRequest;
import org.ciip.supervision.WarningView;
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
@RequestMapping("/api/v1/warnings")
@Tag(name = "Early warnings", description = "Warnings of threats and hidden dangers, matched to software inventories "
        + "(Art. 24)")
class WarningApiController {

    private final EarlyWarnings warnings;

    WarningApiController(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a warning (protection departments for their sectors, CAC and MPS nationally); it is "
            + "matched against the inventories in its scope and reaches the affected operators")
    WarningView issue(@RequestBody WarningRequest request) {
        return warnings.issue(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The warnings you issued, or (an operator) that reached you, newest first")
    PageResult<WarningView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return warnings.list(Actors.current(), PageQuery.of(page, size, null, Map.of(), "issued_at desc"));
    }

    @GetMapping("/deadlines")
    @Operation(summary = "The default periods to acknowledge and to respond, per level, with their source")
    List<EarlyWarnings.DefaultDeadline> deadlines() {
        return warnings.defaultDeadlines();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A warning: its issuer sees every matched asset and the counts; an operator its own part")
    WarningView get(@PathVariable UUID id) {
        return warnings.find(Actors.current(), id);
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "For the issuer: the operators reached, those still to acknowledge first")
    PageResult<WarningView.Recipient> recipients(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return warnings.recipients(Actors.current(), id, PageQuery.of(page, size, null, Map.of(), "name"));
    }

    @GetMapping("/{id}/matched-assets")
    @Operation(summary = "For the issuer: every matched asset with its operator's answer, by name, a page at a time")
    PageResult<WarningView.MatchedAsset> matchedAssets(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return warnings.matchedAssets(Actors.current(), id, PageQuery.of(page, size, null, Map.of(), "name"));
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a warning that reached your organization (on time, or late after its clock)")
    WarningView acknowledge(@PathVariable UUID id) {
        return warnings.acknowledge(Actors.current(), id);
    }

    @PutMapping("/{id}/responses/{assetId}")
    @Operation(summary = "Answer for a matched asset: NOT_AFFECTED (with a justification), MITIGATED, FIXED (with "
            + "evidence) or RISK_ACCEPTED (with a justification and the approving principal)")
    WarningView respond(@PathVariable UUID id, @PathVariable UUID assetId, @RequestBody ResponseRequest request) {
        return warnings.respond(Actors.current(), id, assetId, request);
    }
}
