package org.ciip.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.ciip.incident.IncidentRequests;
import org.ciip.incident.IncidentListOrder;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentSummary;
import org.ciip.incident.IncidentView;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.Idempotency;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/incidents")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Incidents")
class IncidentApiController {

    private final IncidentReporting incidents;
    private final Idempotency idempotency;
    private final org.springframework.context.MessageSource messages;

    IncidentApiController(IncidentReporting incidents, Idempotency idempotency,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.incidents = incidents;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Report an incident (operator, Art. 18); honours Idempotency-Key; answers the obligations and "
            + "their due instants")
    ResponseEntity<JsonNode> report(@RequestBody IncidentRequests.Report report,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/incidents", key, report, HttpStatus.CREATED,
                () -> incidents.report(actor, report));
    }

    @GetMapping
    @Operation(summary = "Incidents you reported, or that were reported or forwarded to you; filters by grade, status, "
            + "late, waiting (OVERDUE: a clock ran out and its duty is not met; RUNNING: a clock runs on you; "
            + "UNACKNOWLEDGED: reported or forwarded to you, not yet acknowledged), q (text in the summary or the "
            + "operator's name) and the days reported, from and to (Beijing time, both included); sort by reportedAt, "
            + "operator, grade (gravest first) or nextDue (soonest clock first), asc or desc")
    PageResult<IncidentSummary> list(@RequestParam(required = false) String grade,
            @RequestParam(required = false) String status, @RequestParam(required = false) Boolean late,
            @RequestParam(required = false) String waiting, @RequestParam(required = false) String q,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return incidents.list(Actors.current(), new IncidentReporting.ListFilter(grade, status, late, waiting, q, from,
                to), PageQuery.of(page, size, sort, IncidentListOrder.SORTABLE, IncidentListOrder.DEFAULT_ORDER));
    }

    @GetMapping("/{id}")
    IncidentView get(@PathVariable UUID id) {
        return incidents.find(Actors.current(), id);
    }

    @GetMapping(value = "/{id}/document", produces = org.springframework.http.MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as a PDF with its clocks and every version's receipt; ?lang=zh or en")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String lang,
            java.util.Locale locale) {
        return IncidentDocument.pdf(incidents.find(Actors.current(), id), lang, locale, messages);
    }

    @PostMapping("/{id}/supplements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Supplement the report with new developments or investigation progress")
    IncidentView supplement(@PathVariable UUID id, @RequestBody IncidentRequests.Supplement supplement) {
        return incidents.supplement(Actors.current(), id, supplement);
    }

    @PostMapping("/{id}/handling-ended")
    @Operation(summary = "Mark the handling ended: the 30-day clock of the final report starts")
    IncidentView handlingEnded(@PathVariable UUID id) {
        return incidents.endHandling(Actors.current(), id);
    }

    @PostMapping("/{id}/final-report")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File the final summary report; it closes the incident")
    IncidentView finalReport(@PathVariable UUID id, @RequestBody IncidentRequests.FinalReport report) {
        return incidents.fileFinalReport(Actors.current(), id, report);
    }

    @PostMapping("/{id}/forwarding")
    @Operation(summary = "Forward a major incident (protection department to CAC and MPS), recording the instant")
    IncidentView forward(@PathVariable UUID id) {
        return incidents.forward(Actors.current(), id);
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge receipt of a reported incident")
    IncidentView acknowledge(@PathVariable UUID id) {
        return incidents.acknowledge(Actors.current(), id);
    }
}
