package org.ciip.enforcement.sanction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/sanctions")
@Tag(name = "Sanctions register", description = "Punishments that bar persons from key positions (Art. 43 para 3); "
        + "public security organs and MPS only")
class SanctionApiController {

    private final SanctionService sanctions;
    private final Idempotency idempotency;

    SanctionApiController(SanctionService sanctions, Idempotency idempotency) {
        this.sanctions = sanctions;
        this.idempotency = idempotency;
    }

    /** The stable answer of {@code POST /api/v1/sanctions}, with the register entry's other fields. */
    record Registered(UUID id, LocalDate barredUntil, boolean barredForLife, String idLast4, String kind,
            LocalDate decidedOn, String article) {
    }

    @PostMapping
    @Operation(summary = "Register a punishment; answers the ban it carries. Honours Idempotency-Key")
    ResponseEntity<JsonNode> register(@RequestBody SanctionService.NewSanction sanction,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/sanctions", idempotencyKey, sanction,
                HttpStatus.CREATED, () -> {
                    var view = sanctions.register(actor, sanction);
                    return new Registered(view.id(), view.barredUntil(), view.barredForLife(), view.idLast4(),
                            view.kind(), view.decidedOn(), view.article());
                });
    }

    @GetMapping
    @Operation(summary = "The register, newest first; search by name or last four characters")
    PageResult<SanctionService.SanctionView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean inForce, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return sanctions.list(Actors.current(), q, inForce, PageQuery.of(page, size, null, Map.of(), "registered_at"));
    }

    @GetMapping("/{id}")
    SanctionService.SanctionView get(@PathVariable UUID id) {
        return sanctions.get(Actors.current(), id);
    }
}
