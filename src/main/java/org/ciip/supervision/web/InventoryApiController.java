package org.ciip.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.supervision.SoftwareInventory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assets/{assetId}/components")
@Tag(name = "Software inventory", description = "The components of an asset, for matching warnings (Art. 24)")
class InventoryApiController {

    private final SoftwareInventory inventory;

    InventoryApiController(SoftwareInventory inventory) {
        this.inventory = inventory;
    }

    @PutMapping(consumes = {"application/vnd.cyclonedx+json", "application/json"})
    @Operation(summary = "Replace the inventory with a CycloneDX JSON SBOM (1.2 to 1.6); answers what was read and "
            + "what was refused (JSON pointer, reason)")
    SoftwareInventory.UploadResult replaceWithSbom(@PathVariable UUID assetId, @RequestBody byte[] sbom) {
        return inventory.replace(Actors.current(), assetId, SoftwareInventory.Format.CYCLONEDX, sbom);
    }

    @PutMapping(consumes = "text/csv")
    @Operation(summary = "Replace the inventory with a CSV (vendor, product, version, purl, cpe); a file with a bad "
            + "line is refused whole, every bad line named")
    SoftwareInventory.UploadResult replaceWithCsv(@PathVariable UUID assetId, @RequestBody byte[] csv) {
        return inventory.replace(Actors.current(), assetId, SoftwareInventory.Format.CSV, csv);
    }

    @GetMapping
    @Operation(summary = "The asset's components, in the order listed; q searches names and package URLs")
    PageResult<org.ciip.supervision.InventoryComponent> list(@PathVariable UUID assetId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inventory.list(Actors.current(), assetId, q, PageQuery.of(page, size, null, Map.of(), "c.id"));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one component by hand")
    org.ciip.supervision.InventoryComponent add(@PathVariable UUID assetId, @RequestBody SoftwareInventory.ComponentRequest component) {
        return inventory.add(Actors.current(), assetId, component);
    }

    @DeleteMapping("/{componentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one component")
    void remove(@PathVariable UUID assetId, @PathVariable long componentId) {
        inventory.remove(Actors.current(), assetId, componentId);
    }
}
