package org.ciip.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.enforcement.CaseRequests;
import org.ciip.enforcement.CaseView;
import org.ciip.enforcement.EnforcementCases;
import org.ciip.enforcement.LegalBases;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.Idempotency;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/enforcement-cases")
@Tag(name = "Enforcement cases", description = "Orders to correct, warnings and penalty decisions (Art. 39-43)")
class CaseApiController {

    static final Map<String, String> SORTABLE = Map.of("openedAt", "c.opened_at", "number", "c.number", "status",
            "c.status", "article", "c.article", "respondent", "c.respondent_name");

    private final EnforcementCases cases;
    private final Idempotency idempotency;

    CaseApiController(EnforcementCases cases, Idempotency idempotency) {
        this.cases = cases;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(summary = "Open a case against an operator (or, for Art. 43, a person or unit), citing the article and "
            + "item, from a compliance fact, an incident or by hand (competent authorities)")
    ResponseEntity<JsonNode> open(@RequestBody CaseRequests.NewCase request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/enforcement-cases", key, request,
                HttpStatus.CREATED, () -> cases.open(actor, request));
    }

    @GetMapping
    @Operation(summary = "The cases you opened, or that are against your organization (MPS and CAC: all), newest "
            + "first; filter by status, article, operatorId, q (number, respondent, facts)")
    PageResult<CaseView> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String article, @RequestParam(required = false) UUID operatorId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return cases.list(Actors.current(), status, article, operatorId, q,
                PageQuery.of(page, size, sort, SORTABLE, "c.opened_at desc"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its order, answer, harms and decision")
    CaseView get(@PathVariable UUID id) {
        return cases.find(Actors.current(), id);
    }

    @PostMapping("/{id}/orders")
    @Operation(summary = "Order the operator to correct within a number of days, with a warning: {requirements, "
            + "correctWithinDays, warning}")
    CaseView order(@PathVariable UUID id, @RequestBody CaseRequests.Order order) {
        return cases.order(Actors.current(), id, order);
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "The operator reports its correction with evidence: {correction, evidence}")
    CaseView answer(@PathVariable UUID id, @RequestBody CaseRequests.Answer answer) {
        return cases.answer(Actors.current(), id, answer);
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "The authority verifies the correction (outcome CORRECTED closes the case) or finds a "
            + "refusal (REFUSED, with a note): {outcome, note}")
    CaseView verify(@PathVariable UUID id, @RequestBody CaseRequests.Verification verification) {
        return cases.verify(Actors.current(), id, verification);
    }

    @PostMapping("/{id}/harms")
    @Operation(summary = "Record a fact of harm to network security: {severity, description}")
    CaseView harm(@PathVariable UUID id, @RequestBody CaseRequests.Harm harm) {
        return cases.recordHarm(Actors.current(), id, harm);
    }

    @GetMapping("/{id}/bases")
    @Operation(summary = "Every legal basis that may apply to a decision on ?ground= today, their ranges, and the one "
            + "the date of the act points to, with why")
    LegalBases.Choice bases(@PathVariable UUID id, @RequestParam(required = false) String ground) {
        return cases.bases(Actors.current(), id, ground);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Decide the penalty: {ground, basisCode?, unitFine?, purchaseAmount? (Art. 41), "
            + "confiscation? (Art. 43), persons: [{seq, fine?, detentionDays?}], reasons, sanctionKind?, "
            + "breachedArticle?}; amounts are checked against the basis applied")
    CaseView decide(@PathVariable UUID id, @RequestBody CaseRequests.Decision decision) {
        return cases.decide(Actors.current(), id, decision);
    }

    @GetMapping(value = "/{id}/documents/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The order (ORDER) or the decision (DECISION) as a PDF; ?lang=zh or en (default: yours)")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind,
            @RequestParam(required = false) String lang, Locale locale) {
        return pdf(cases, id, kind, lang, locale);
    }

    static ResponseEntity<byte[]> pdf(EnforcementCases cases, UUID id, String kind, String lang, Locale locale) {
        Locale chosen = lang == null || lang.isBlank() ? locale : "zh".equalsIgnoreCase(lang.trim())
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        EnforcementCases.CaseDocument document = cases.document(Actors.current(), id, kind, chosen);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .body(document.pdf());
    }
}
