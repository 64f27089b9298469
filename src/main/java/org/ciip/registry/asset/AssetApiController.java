package org.ciip.registry.asset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Idempotency;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets", description = "Candidate CII assets: network facilities and information systems (Art. 2)")
class AssetApiController {

    private final AssetService assets;
    private final AssetCsvImport csvImport;
    private final Idempotency idempotency;

    AssetApiController(AssetService assets, AssetCsvImport csvImport, Idempotency idempotency) {
        this.assets = assets;
        this.csvImport = csvImport;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "List assets within your jurisdiction, with search, filters and paging")
    PageResult<AssetView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String ciiStatus, @RequestParam(required = false) UUID operatorId,
            @RequestParam(required = false) Integer mlpsLevel, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return assets.list(Actors.current(),
                new AssetService.AssetFilter(q, sector, kind, ciiStatus, operatorId, mlpsLevel),
                PageQuery.of(page, size, sort, AssetService.SORTABLE, AssetService.DEFAULT_ORDER));
    }

    @GetMapping("/{id}")
    AssetView get(@PathVariable UUID id) {
        return assets.get(Actors.current(), id);
    }

    @PostMapping
    @Operation(summary = "Register an asset of your operator; honours Idempotency-Key")
    ResponseEntity<JsonNode> register(@RequestBody AssetRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = Actors.current();
        return idempotency.execute(actor.accountId() + " POST /api/v1/assets", idempotencyKey, request,
                HttpStatus.CREATED, () -> assets.register(actor, request));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an asset; send the version you read (or If-Match); a stale version answers 409")
    AssetView update(@PathVariable UUID id, @RequestBody AssetRequest change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AssetRequest withVersion = change;
        if (change.version() == null && ifMatch != null) {
            withVersion = new AssetRequest(change.operatorId(), change.name(), change.kind(), change.sector(),
                    change.mlpsLevel(), change.coreBusiness(), change.ciiStatus(), parseETag(ifMatch),
                    change.basicTelecomNetwork());
        }
        return assets.update(Actors.current(), id, withVersion);
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import assets from CSV (name,kind,sector,mlpsLevel,coreBusiness), all or nothing")
    AssetCsvImport.ImportResult importCsv(@RequestBody String csv) {
        return csvImport.importCsv(Actors.current(), new StringReader(csv));
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    AssetCsvImport.ImportResult importCsvFile(@RequestPart("file") MultipartFile file) throws IOException {
        return csvImport.importCsv(Actors.current(),
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

    private static Integer parseETag(String ifMatch) {
        String value = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("If-Match", "must be the asset's version, as in \"3\"");
        }
    }
}
