package org.ciip.obligations.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Idempotency;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Security program", description = "The operator's duties of Chapter III (Art. 12-16, 21)")
class ProgramApiController {

    private final ProgramStatusService status;
    private final PeopleService people;
    private final RecordsService records;
    private final Idempotency idempotency;

    ProgramApiController(ProgramStatusService status, PeopleService people, RecordsService records,
            Idempotency idempotency) {
        this.status = status;
        this.people = people;
        this.records = records;
        this.idempotency = idempotency;
    }

    @GetMapping("/operators/{id}/program")
    @Operation(summary = "Where the operator stands on each duty of Chapter III, with what is due next")
    ProgramStatusService.OperatorProgram program(@PathVariable UUID id) {
        return status.forOperator(Actors.current(), id);
    }

    @GetMapping("/program/operators")
    @Operation(summary = "For a protection department: each of its operators with its duties, by name; ?q= searches "
            + "the name")
    PageResult<ProgramStatusService.OperatorProgram> operators(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResult.slice(ProgramStatusService.named(status.forJurisdiction(Actors.current()), q),
                paging(page, size));
    }

    @GetMapping("/program/overdue")
    @Operation(summary = "For a protection department: the duties not met across its operators, the longest overdue "
            + "first; one duty with ?duty=ASSESSMENT")
    PageResult<ProgramStatusService.OverdueItem> overdue(@RequestParam(required = false) String q,
            @RequestParam(required = false) String duty, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResult.slice(ProgramStatusService.overdue(ProgramStatusService.named(
                status.forJurisdiction(Actors.current()), q), Validation.blankToNull(duty)), paging(page, size));
    }

    private static PageQuery paging(Integer page, Integer size) {
        return PageQuery.of(page, size, null, Map.of(), "name");
    }

    @GetMapping("/operators/{id}/institution")
    PeopleService.InstitutionView institution(@PathVariable UUID id) {
        return people.institution(Actors.current(), id)
                .orElseThrow(() -> ApiException.notFound("The security management institution of operator " + id));
    }

    @PutMapping("/operators/{id}/institution")
    @Operation(summary = "Record or change the security management institution (Art. 14); a stale version is a 409")
    PeopleService.InstitutionView recordInstitution(@PathVariable UUID id,
            @RequestBody PeopleService.InstitutionRequest request) {
        return people.recordInstitution(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/institution/years")
    List<PeopleService.YearView> years(@PathVariable UUID id) {
        return people.years(Actors.current(), id);
    }

    @PutMapping("/operators/{id}/institution/years")
    @Operation(summary = "Record a year's budget and staffing of the institution (Art. 16)")
    PeopleService.YearView recordYear(@PathVariable UUID id, @RequestBody PeopleService.YearRequest request) {
        return people.recordYear(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/key-positions")
    List<PeopleService.KeyPositionView> keyPositions(@PathVariable UUID id) {
        return people.keyPositions(Actors.current(), id);
    }

    @PostMapping("/operators/{id}/key-positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Identify a key network security position (Art. 15(4))")
    PeopleService.KeyPositionView identifyKeyPosition(@PathVariable UUID id,
            @RequestBody PeopleService.KeyPositionRequest request) {
        return people.identifyKeyPosition(Actors.current(), id, request);
    }

    /** The stable answer of {@code POST /api/v1/operators/{id}/background-reviews}, with the review's other fields. */
    record ReviewAnswer(UUID id, ReviewStatus status, java.time.LocalDate barredUntil, boolean barredForLife,
            String personName, String idLast4, String position) {

        static ReviewAnswer of(PeopleService.ReviewView review) {
            return new ReviewAnswer(review.id(), review.status(), review.barredUntil(), review.barredForLife(),
                    review.personName(), review.idLast4(), review.position());
        }
    }

    @PostMapping("/operators/{id}/background-reviews")
    @Operation(summary = "Start the background review of a person for a position (Art. 14); checked against the "
            + "sanctions register (Art. 43): BLOCKED on a ban in force, PENDING otherwise. Honours Idempotency-Key")
    ResponseEntity<JsonNode> requestReview(@PathVariable UUID id, @RequestBody PeopleService.ReviewRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/operators/" + id + "/background-reviews",
                idempotencyKey, request, HttpStatus.CREATED,
                () -> ReviewAnswer.of(people.requestReview(actor, id, request)));
    }

    @GetMapping("/operators/{id}/background-reviews")
    List<PeopleService.ReviewView> reviews(@PathVariable UUID id) {
        return people.reviews(Actors.current(), id);
    }

    @GetMapping("/operators/{id}/background-reviews/{reviewId}")
    PeopleService.ReviewView review(@PathVariable UUID id, @PathVariable UUID reviewId) {
        return people.review(Actors.current(), id, reviewId);
    }

    @PostMapping("/operators/{id}/background-reviews/{reviewId}/result")
    @Operation(summary = "Record the reviewer's result, APPROVED or REJECTED; a BLOCKED review cannot be approved")
    PeopleService.ReviewView reviewResult(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestBody PeopleService.ReviewResult result) {
        return people.recordResult(Actors.current(), id, reviewId, result);
    }

    @GetMapping("/operators/{id}/security-decisions")
    @Operation(summary = "The operator's logged decisions, newest first, paged")
    PageResult<PeopleService.DecisionView> decisions(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return people.decisions(Actors.current(), id, PageQuery.of(page, size, null, Map.of(), "decided_on"));
    }

    @PostMapping("/operators/{id}/security-decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a network security or informatization decision with the institution member who took "
            + "part (Art. 16); one without is an Art. 39(6) finding")
    PeopleService.DecisionView recordDecision(@PathVariable UUID id,
            @RequestBody PeopleService.DecisionRequest request) {
        return people.recordDecision(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/documents")
    List<RecordsService.DocumentView> documents(@PathVariable UUID id) {
        return records.documents(Actors.current(), id);
    }

    @PostMapping("/operators/{id}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a system, plan or policy (Art. 13, 15): PROTECTION_SYSTEM, RESPONSIBILITY_SYSTEM, "
            + "SECURITY_PLAN, EMERGENCY_PLAN, DATA_PROTECTION_SYSTEM, SERVICE_SECURITY_MANAGEMENT")
    RecordsService.DocumentView addDocument(@PathVariable UUID id, @RequestBody RecordsService.DocumentRequest request) {
        return records.addDocument(Actors.current(), id, request);
    }

    @PostMapping("/operators/{id}/documents/{documentId}/approval")
    @Operation(summary = "Approve a document: the principal or the security officer (Art. 13)")
    RecordsService.DocumentView approve(@PathVariable UUID id, @PathVariable UUID documentId) {
        return records.approveDocument(Actors.current(), id, documentId);
    }

    @GetMapping("/operators/{id}/activities")
    @Operation(summary = "The operator's drills and trainings, newest first, paged")
    PageResult<RecordsService.ActivityView> activities(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return records.activities(Actors.current(), id, PageQuery.of(page, size, null, Map.of(), "held_on"));
    }

    @PostMapping("/operators/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an emergency drill (Art. 15(3)) or a training (Art. 15(5))")
    RecordsService.ActivityView recordActivity(@PathVariable UUID id,
            @RequestBody RecordsService.ActivityRequest request) {
        return records.recordActivity(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/drill-interval")
    @Operation(summary = "The drill interval the protection department set (Art. 15(3)); 404 when drills are yearly")
    RecordsService.DrillIntervalView drillInterval(@PathVariable UUID id) {
        return records.drillInterval(Actors.current(), id)
                .orElseThrow(() -> org.ciip.shared.api.ApiException.notFound("Drill interval of " + id));
    }

    @PutMapping("/operators/{id}/drill-interval")
    @Operation(summary = "The protection department sets how often the operator drills: {months (1-24), basis}")
    RecordsService.DrillIntervalView setDrillInterval(@PathVariable UUID id,
            @RequestBody RecordsService.DrillIntervalRequest request) {
        return records.setDrillInterval(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/asset-measures")
    List<RecordsService.MeasureView> measures(@PathVariable UUID id) {
        return records.measures(Actors.current(), id);
    }

    @PostMapping("/operators/{id}/asset-measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign off the security measures of a CII asset at a stage: PLANNING, CONSTRUCTION, USE "
            + "(Art. 12)")
    RecordsService.MeasureView recordMeasures(@PathVariable UUID id,
            @RequestBody RecordsService.MeasureRequest request) {
        return records.recordMeasures(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/corporate-changes")
    List<RecordsService.CorporateChangeView> changes(@PathVariable UUID id) {
        return records.changes(Actors.current(), id);
    }

    @PostMapping("/operators/{id}/corporate-changes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a merger, division or dissolution with a disposal plan for the CII (Art. 21)")
    RecordsService.CorporateChangeView reportChange(@PathVariable UUID id,
            @RequestBody RecordsService.ChangeRequest request) {
        return records.reportChange(Actors.current(), id, request);
    }

    @GetMapping("/corporate-changes/{changeId}")
    RecordsService.CorporateChangeView change(@PathVariable UUID changeId) {
        return records.change(Actors.current(), changeId);
    }

    @PostMapping("/corporate-changes/{changeId}/requirements")
    @Operation(summary = "The protection department sets its requirements for disposing of the CII (Art. 21)")
    RecordsService.CorporateChangeView requirements(@PathVariable UUID changeId,
            @RequestBody RecordsService.RequirementsRequest request) {
        return records.setRequirements(Actors.current(), changeId, request);
    }

    @PostMapping("/corporate-changes/{changeId}/completion")
    @Operation(summary = "The operator records that the disposal is complete")
    RecordsService.CorporateChangeView complete(@PathVariable UUID changeId,
            @RequestBody RecordsService.CompletionRequest request) {
        return records.complete(Actors.current(), changeId, request);
    }

}
