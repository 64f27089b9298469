package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.ObservedTestingView;
import org.ciip.supervision.UnauthorizedTesting;
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
@RequestMapping("/api/v1/unauthorized-testing")
@Tag(name = "Unauthorized testing", description = "Reports of testing outside any valid authorization (Art. 31, 43)")
class ObservedTestingApiController {

    private final UnauthorizedTesting reports;

    ObservedTestingApiController(UnauthorizedTesting reports) {
        this.reports = reports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An operator reports testing it observed with its evidence, to its departments and public "
            + "security; testing an authorization covers is refused (422)")
    ObservedTestingView report(@RequestBody UnauthorizedTesting.ObservedRequest request) {
        return reports.report(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The reports you made or received, newest first")
    PageResult<ObservedTestingView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reports.list(Actors.current(), PageQuery.of(page, size, null, Map.of(), "reported_at desc"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A report, for the operator and its recipients")
    ObservedTestingView get(@PathVariable UUID id) {
        return reports.find(Actors.current(), id);
    }

    @PostMapping("/{id}/sanction")
    @Operation(summary = "The public security organ enters the tester in the sanctions register (Art. 43 para 3): "
            + "{personName, idNumber, kind, decidedOn}")
    ObservedTestingView sanction(@PathVariable UUID id, @RequestBody UnauthorizedTesting.SanctionRequest sanction) {
        return reports.sanction(Actors.current(), id, sanction);
    }
}
