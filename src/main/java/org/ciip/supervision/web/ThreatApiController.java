package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.ThreatReporting;
import org.ciip.supervision.ThreatRequest;
import org.ciip.supervision.ThreatView;
import org.ciip.supervision.WarningRequest;
import org.ciip.supervision.WarningView;
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
@RequestMapping("/api/v1/threat-reports")
@Tag(name = "Threat reports", description = "Major network security threats an operator reports (Art. 18)")
class ThreatApiController {

    private final ThreatReporting threats;

    ThreatApiController(ThreatReporting threats) {
        this.threats = threats;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a major threat (not an incident) to your departments and public security organ")
    ThreatView report(@RequestBody ThreatRequest request) {
        return threats.report(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The threat reports you made or received, newest first")
    PageResult<ThreatView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return threats.list(Actors.current(), PageQuery.of(page, size, null, Map.of(), "reported_at desc"));
    }

    @GetMapping("/{id}")
    ThreatView get(@PathVariable UUID id) {
        return threats.find(Actors.current(), id);
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a threat report you received")
    ThreatView acknowledge(@PathVariable UUID id) {
        return threats.acknowledge(Actors.current(), id);
    }

    @PostMapping("/{id}/warning")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A protection department turns the report into a warning for its sector (body as a warning)")
    WarningView warn(@PathVariable UUID id, @RequestBody WarningRequest request) {
        return threats.warn(Actors.current(), id, request);
    }
}
