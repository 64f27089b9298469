package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.SupportRequest;
import org.ciip.supervision.SupportView;
import org.ciip.supervision.TechnicalSupport;
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
@RequestMapping("/api/v1/support-requests")
@Tag(name = "Technical support", description = "Requests of protection departments to CAC, the telecom authority and "
        + "MPS (Art. 29)")
class SupportApiController {

    private final TechnicalSupport support;

    SupportApiController(TechnicalSupport support) {
        this.support = support;
    }

    /** {@code assignee} to accept, {@code outcome} to close, {@code body} to write. */
    record Step(String assignee, String outcome, String body) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask CAC, the telecom authority or MPS for technical support on an incident, threat report or "
            + "warning (protection departments)")
    SupportView request(@RequestBody SupportRequest request) {
        return support.request(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The requests you made or received, newest first")
    PageResult<SupportView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return support.list(Actors.current(), PageQuery.of(page, size, null, Map.of(), "requested_at desc"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request with its thread, for its two parties")
    SupportView get(@PathVariable UUID id) {
        return support.find(Actors.current(), id);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "The addressee accepts the request and names who handles it: {assignee}")
    SupportView accept(@PathVariable UUID id, @RequestBody Step step) {
        return support.accept(Actors.current(), id, step.assignee());
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Write in the thread (either party, while the request is open): {body}")
    SupportView write(@PathVariable UUID id, @RequestBody Step step) {
        return support.write(Actors.current(), id, step.body());
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "The addressee closes an accepted request with its outcome: {outcome}")
    SupportView close(@PathVariable UUID id, @RequestBody Step step) {
        return support.close(Actors.current(), id, step.outcome());
    }
}
