package org.ciip.obligations.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Detection and risk assessment", description = "The yearly assessment of each CII asset (Art. 17)")
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/operators/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an assessment of a CII asset, by the operator (SELF) or a service agency (AGENCY)")
    AssessmentService.AssessmentView create(@PathVariable UUID id,
            @RequestBody AssessmentService.AssessmentRequest request) {
        return assessments.create(Actors.current(), id, request);
    }

    @GetMapping("/operators/{id}/assessment-due-dates")
    @Operation(summary = "Each CII asset with the due date of its next yearly assessment")
    List<AssessmentService.AssetDue> dueDates(@PathVariable UUID id) {
        return assessments.dueDates(Actors.current(), id);
    }

    @GetMapping("/assessments")
    @Operation(summary = "Assessments you may see, newest first, with finding counts: an agency only its own "
            + "engagements")
    PageResult<AssessmentService.AssessmentSummary> list(@RequestParam(required = false) UUID operatorId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return assessments.page(Actors.current(), operatorId, PageQuery.of(page, size, null, Map.of(), "s.ended_on"));
    }

    @GetMapping("/assessments/{assessmentId}")
    AssessmentService.AssessmentView get(@PathVariable UUID assessmentId) {
        return assessments.get(Actors.current(), assessmentId);
    }

    @PostMapping("/assessments/{assessmentId}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a finding; an optional CVSS v3.1 or v4.0 vector is scored")
    AssessmentService.AssessmentView addFinding(@PathVariable UUID assessmentId,
            @RequestBody AssessmentService.FindingRequest request) {
        return assessments.addFinding(Actors.current(), assessmentId, request);
    }

    @PatchMapping("/assessments/{assessmentId}/findings/{findingId}")
    @Operation(summary = "Track a finding's rectification: OPEN, IN_PROGRESS, RECTIFIED")
    AssessmentService.AssessmentView rectify(@PathVariable UUID assessmentId, @PathVariable UUID findingId,
            @RequestBody AssessmentService.RectificationRequest request) {
        return assessments.rectify(Actors.current(), assessmentId, findingId, request);
    }

    @PostMapping("/assessments/{assessmentId}/submission")
    @Operation(summary = "Submit the assessment to the protection department")
    AssessmentService.AssessmentView submit(@PathVariable UUID assessmentId) {
        return assessments.submit(Actors.current(), assessmentId);
    }

    @PostMapping("/assessments/{assessmentId}/decision")
    @Operation(summary = "The protection department accepts the assessment, or returns it with reasons")
    AssessmentService.AssessmentView decide(@PathVariable UUID assessmentId,
            @RequestBody AssessmentService.DecisionRequest request) {
        return assessments.decide(Actors.current(), assessmentId, request);
    }
}
