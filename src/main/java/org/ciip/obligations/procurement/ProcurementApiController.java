package org.ciip.obligations.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.obligations.Procurement;
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
@RequestMapping("/api/v1")
@Tag(name = "Procurement", description = "Purchases, security reviews (Art. 19, 41) and supplier agreements (Art. 20)")
class ProcurementApiController {

    private final Procurement procurement;
    private final Idempotency idempotency;

    ProcurementApiController(Procurement procurement, Idempotency idempotency) {
        this.procurement = procurement;
        this.idempotency = idempotency;
    }

    @GetMapping("/operators/{id}/purchases")
    @Operation(summary = "The operator's purchases, newest first, paged, each with its review and agreements")
    PageResult<Procurement.PurchaseView> purchases(@PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return procurement.purchases(Actors.current(), id, PageQuery.of(page, size, null, Map.of(), "purchased_on"));
    }

    @PostMapping("/operators/{id}/purchases")
    @Operation(summary = "Record a purchase of network products or services; honours Idempotency-Key")
    ResponseEntity<JsonNode> record(@PathVariable UUID id, @RequestBody Procurement.PurchaseRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/operators/" + id + "/purchases", idempotencyKey,
                request, HttpStatus.CREATED, () -> procurement.record(actor, id, request));
    }

    @GetMapping("/purchases/{purchaseId}")
    Procurement.PurchaseView purchase(@PathVariable UUID purchaseId) {
        return procurement.get(Actors.current(), purchaseId);
    }

    @PostMapping("/purchases/{purchaseId}/security-review")
    @Operation(summary = "Record the outcome of the national security review, PASSED or FAILED (Art. 19)")
    Procurement.PurchaseView review(@PathVariable UUID purchaseId,
            @RequestBody Procurement.ReviewOutcome outcome) {
        return procurement.recordReview(Actors.current(), purchaseId, outcome);
    }

    @PostMapping("/purchases/{purchaseId}/use")
    @Operation(summary = "Record when the product or service went into use; before a passed review it is flagged")
    Procurement.PurchaseView use(@PathVariable UUID purchaseId,
            @RequestBody Procurement.UseRequest request) {
        return procurement.putInUse(Actors.current(), purchaseId, request);
    }

    @PostMapping("/purchases/{purchaseId}/agreement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the security and confidentiality agreement with the supplier (Art. 20)")
    Procurement.AgreementView agreement(@PathVariable UUID purchaseId,
            @RequestBody Procurement.AgreementRequest request) {
        return procurement.recordAgreement(Actors.current(), purchaseId, request);
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements you are party to: a supplier sees only its own")
    PageResult<Procurement.AgreementView> agreements(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return procurement.agreements(Actors.current(), PageQuery.of(page, size, null, Map.of(), "g.signed_on"));
    }

    @GetMapping("/agreements/{agreementId}")
    Procurement.AgreementView agreementById(@PathVariable UUID agreementId) {
        return procurement.agreement(Actors.current(), agreementId);
    }

    @PostMapping("/agreements/{agreementId}/acknowledgement")
    @Operation(summary = "The supplier acknowledges its agreement")
    Procurement.AgreementView acknowledge(@PathVariable UUID agreementId) {
        return procurement.acknowledge(Actors.current(), agreementId);
    }
}
