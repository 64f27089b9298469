package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.ciip.supervision.AuthorizedTesting;
import org.ciip.supervision.TestingAuthorizations;
import org.ciip.supervision.TestingDocuments;
import org.ciip.supervision.TestingRequest;
import org.ciip.supervision.TestingStatus;
import org.ciip.supervision.TestingSummary;
import org.ciip.supervision.TestingView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/testing-authorizations")
@Tag(name = "Testing authorizations", description = "Authorization of vulnerability detection and penetration testing "
        + "of CII (Art. 31)")
class TestingApiController {

    private final TestingAuthorizations testing;
    private final AuthorizedTesting conduct;
    private final TestingDocuments documents;

    TestingApiController(TestingAuthorizations testing, AuthorizedTesting conduct, TestingDocuments documents) {
        this.testing = testing;
        this.conduct = conduct;
        this.documents = documents;
    }

    /** {@code reason} to suspend, reinstate or revoke; {@code objection} to object; {@code report} to close. */
    record Step(String reason, String objection, String report) {
    }

    /** A session to start: which tester (its number in the list), from which source address. */
    record SessionStart(Integer testerSeq, String sourceAddress) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a testing authorization (service agencies, operators, protection departments)")
    TestingView request(@RequestBody TestingRequest request) {
        return testing.request(Actors.current(), request);
    }

    @GetMapping
    @Operation(summary = "The authorizations you are party to, newest first; ?status=, ?q= (number, title, parties)")
    PageResult<TestingSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return testing.list(Actors.current(), Validation.filter(TestingStatus.class, status, "status"), q,
                PageQuery.of(page, size, null, Map.of(), "requested_at desc"));
    }

    @GetMapping("/periods")
    @Operation(summary = "The periods in force: advance report to the telecom authority, time for each approval")
    TestingAuthorizations.Periods periods() {
        return testing.periods();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An authorization with its approvals, scope, windows, sessions and findings, for its parties")
    TestingView get(@PathVariable UUID id) {
        return testing.find(Actors.current(), id);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Approve (with conditions) or refuse (with the reason) your organization's step: "
            + "{decision: APPROVED|REFUSED, conditions?, reason?}")
    TestingView decide(@PathVariable UUID id, @RequestBody TestingAuthorizations.Decision decision) {
        return testing.decide(Actors.current(), id, decision);
    }

    @PostMapping("/{id}/advance-report")
    @Operation(summary = "The requester reports testing on the basic telecommunications network to the telecom "
            + "authority")
    TestingView reportInAdvance(@PathVariable UUID id) {
        return conduct.reportInAdvance(Actors.current(), id);
    }

    @PostMapping("/{id}/objection")
    @Operation(summary = "The telecom authority objects: {objection}")
    TestingView object(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.object(Actors.current(), id, step.objection());
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "An approver suspends the authorization at once: {reason}")
    TestingView suspend(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.suspend(Actors.current(), id, step.reason());
    }

    @PostMapping("/{id}/reinstatement")
    @Operation(summary = "An approver reinstates a suspended authorization: {reason}")
    TestingView reinstate(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.reinstate(Actors.current(), id, step.reason());
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "An approver revokes the authorization for good, at once: {reason}")
    TestingView revoke(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.revoke(Actors.current(), id, step.reason());
    }

    @PostMapping("/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A tester starts a session from a source address in scope, while testing may run")
    TestingView start(@PathVariable UUID id, @RequestBody SessionStart start) {
        return conduct.startSession(Actors.current(), id, start.testerSeq(), start.sourceAddress());
    }

    @PostMapping("/{id}/sessions/{sessionId}/stop")
    @Operation(summary = "A tester stops a session")
    TestingView stop(@PathVariable UUID id, @PathVariable UUID sessionId) {
        return conduct.stopSession(Actors.current(), id, sessionId);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The testers record a finding on a tested asset: {assetId, title, severity, cvssVector?, "
            + "rectifyBy}")
    TestingView addFinding(@PathVariable UUID id, @RequestBody AuthorizedTesting.FindingRequest finding) {
        return conduct.addFinding(Actors.current(), id, finding);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "The requester closes the authorization with its report: {report}; the findings reach the "
            + "operator as assessments")
    TestingView close(@PathVariable UUID id, @RequestBody Step step) {
        return conduct.close(Actors.current(), id, step.report());
    }

    @GetMapping(value = "/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The authorization as a PDF with its verification code; ?lang=zh or en (default: yours)")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(required = false) String lang,
            Locale locale) {
        return pdf(documents, id, lang, locale);
    }

    static ResponseEntity<byte[]> pdf(TestingDocuments documents, UUID id, String lang, Locale locale) {
        boolean zh = lang == null || lang.isBlank() ? "zh".equals(locale.getLanguage())
                : "zh".equalsIgnoreCase(lang.trim());
        TestingDocuments.Document document = documents.authorization(Actors.current(), id, zh);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .body(document.content());
    }
}
