package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.ciip.supervision.InspectionConduct;
import org.ciip.supervision.InspectionPlanning;
import org.ciip.supervision.InspectionRequest;
import org.ciip.supervision.InspectionStatus;
import org.ciip.supervision.InspectionSummary;
import org.ciip.supervision.InspectionView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Inspections and detection of CII, their coordination, findings and the "
        + "operator's cooperation (Art. 26-28, 42, 45)")
class InspectionApiController {

    private final InspectionPlanning planning;
    private final InspectionConduct conduct;

    InspectionApiController(InspectionPlanning planning, InspectionConduct conduct) {
        this.planning = planning;
        this.conduct = conduct;
    }

    /** The bodies of the steps: each uses its own fields. */
    record Step(UUID intoId, String attendees, String rectification, String kind, String facts, LocalDate occurredOn,
            String note, String conclusion, String description, BigDecimal amount) {
    }

    record Finding(String title, String severity, LocalDate rectifyBy) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan an inspection or detection of an operator in your jurisdiction; the answer lists the "
            + "other bodies' overlapping inspections")
    InspectionView plan(@RequestBody InspectionRequest request) {
        return planning.plan(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The inspections you plan, take part in or undergo (CAC: all), by start date; ?status=, ?q=, "
            + "?from=, ?to= (dates)")
    PageResult<InspectionSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return planning.list(Actors.current(), Validation.filter(InspectionStatus.class, status, "status"), q, from,
                to, PageQuery.of(page, size, null, Map.of(), "starts_on"));
    }

    @GetMapping("/overlap-window")
    @Operation(summary = "How many days apart overlapping inspections may be, with its source (Art. 27)")
    InspectionPlanning.OverlapWindow window() {
        return planning.overlapWindow();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An inspection with its bodies, documents, findings, cooperation and overlaps")
    InspectionView get(@PathVariable UUID id) {
        return planning.find(Actors.current(), id);
    }

    @PostMapping("/{id}/merger")
    @Operation(summary = "Merge this inspection into an overlapping one of another body, which leads the joint "
            + "inspection: {intoId}")
    InspectionView merge(@PathVariable UUID id, @RequestBody Step step) {
        return planning.merge(Actors.current(), id, step.intoId());
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "The operator confirms the inspection")
    InspectionView confirm(@PathVariable UUID id) {
        return conduct.confirm(Actors.current(), id);
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "The operator records who attended: {attendees}")
    InspectionView attend(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.recordAttendance(Actors.current(), id, step.attendees());
    }

    @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The operator provides a document (multipart file)")
    InspectionView provide(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return InspectionPages.provide(conduct, id, file);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "A document, for the operator and the team (read under the inspection's purpose)")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return InspectionPages.download(conduct, id, documentId);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The team records a finding: {title, severity, rectifyBy}")
    InspectionView addFinding(@PathVariable UUID id, @RequestBody Finding f) {
        return conduct.recordFinding(Actors.current(), id, f.title(), f.severity(), f.rectifyBy());
    }

    @PostMapping("/{id}/findings/{seq}/rectification")
    @Operation(summary = "The operator reports the finding rectified: {rectification}")
    InspectionView rectify(@PathVariable UUID id, @PathVariable int seq, @RequestBody Step step) {
        return conduct.rectify(Actors.current(), id, seq, step.rectification());
    }

    @PostMapping("/{id}/findings/{seq}/verification")
    @Operation(summary = "The team verifies the rectification")
    InspectionView verify(@PathVariable UUID id, @PathVariable int seq) {
        return conduct.verify(Actors.current(), id, seq);
    }

    @PostMapping("/{id}/non-cooperation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The team records that the operator did not cooperate (Art. 42): {kind, facts, occurredOn}")
    InspectionView nonCooperation(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.recordNonCooperation(Actors.current(), id, step.kind(), step.facts(), step.occurredOn());
    }

    @PostMapping("/{id}/non-cooperation/{recordId}/clearance")
    @Operation(summary = "The team records that the operator cooperated afterwards: {note}")
    InspectionView clear(@PathVariable UUID id, @PathVariable UUID recordId, @RequestBody Step step) {
        return conduct.clearNonCooperation(Actors.current(), id, recordId, step.note());
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "The team closes the inspection once every finding is verified: {conclusion}")
    InspectionView close(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.close(Actors.current(), id, step.conclusion());
    }

    @PostMapping("/{id}/conduct-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The operator reports a fee charged or a brand required (Art. 27, 45) to MPS and CAC: "
            + "{kind: FEE or BRAND, description, amount?}")
    InspectionView reportConduct(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.reportConduct(Actors.current(), id, step.kind(), step.description(), step.amount());
    }

    static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
