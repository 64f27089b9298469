package org.ciip.supervision;

import org.ciip.audit.ProtectedReads;
import java.util.List;
import java.util.UUID;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The software inventory of an operator's assets (Art. 24, for matching warnings): replaced whole by a CycloneDX
 * SBOM or a CSV upload, or edited one component at a time. Its operator writes it; whoever may see the asset reads it.
 * A change is matched at once against the warnings still to be answered.
 */
@Service
public class SoftwareInventory {

    private final Components components;
    private final AssetRegistry assets;
    private final EarlyWarnings warnings;
    private final ApplicationEventPublisher events;

    private final ProtectedReads protectedReads;

    SoftwareInventory(Components components, AssetRegistry assets, EarlyWarnings warnings,
            ApplicationEventPublisher events, ProtectedReads protectedReads) {
        this.protectedReads = protectedReads;
        this.components = components;
        this.assets = assets;
        this.warnings = warnings;
        this.events = events;
    }

    /** What an upload did: how many components it read and stored, and what it refused, where and why. */
    public record UploadResult(int read, int stored, List<Refusal> refused) {
    }

    public enum Format { CYCLONEDX, CSV }

    /**
     * Replaces the asset's inventory with an upload. A CycloneDX document stores what it could read and names what it
     * refused; a CSV with any bad line is refused whole (400, every bad line named) and the inventory stays as it was.
     */
    @Transactional
    public UploadResult replace(Actor actor, UUID assetId, Format format, byte[] body) {
        AssetRegistry.AssetSummary asset = writable(actor, assetId);
        if (body == null || body.length == 0) {
            throw ApiException.invalid(List.of(new FieldProblem(format == Format.CSV ? "csv" : "sbom", "is empty", null,
                    "validation.fileEmpty", List.of())));
        }
        InventoryReader.Read read = format == Format.CSV ? InventoryReader.csv(body) : InventoryReader.cycloneDx(body);
        if (format == Format.CSV && !read.refused().isEmpty()) {
            throw ApiException.invalid(read.refused().stream().map(r -> new FieldProblem("csv", r.reason(),
                    Integer.parseInt(r.location().substring("line ".length())), r.code(), List.of())).toList());
        }
        components.replace(assetId, asset.operatorId(), read.components());
        events.publishEvent(new InventoryChanged(assetId, asset.operatorId(), format.name(), read.components().size(),
                null));
        warnings.matchAsset(assetId);
        return new UploadResult(read.components().size() + read.refused().size(), read.components().size(),
                read.refused());
    }

    /** A component added by hand. */
    public record ComponentRequest(String name, String version, String vendor, String purl, String cpe) {
    }

    @Transactional
    public InventoryComponent add(Actor actor, UUID assetId, ComponentRequest request) {
        AssetRegistry.AssetSummary asset = writable(actor, assetId);
        NewComponent component;
        try {
            component = InventoryReader.component(request.name(), request.version(), request.vendor(), request.purl(),
                    request.cpe(), "MANUAL", null);
        } catch (ComponentProblem e) {
            throw ApiException.invalid(List.of(new FieldProblem(e.field(), e.getMessage(), null, e.code(),
                    List.of())));
        }
        long id = components.insert(assetId, asset.operatorId(), component);
        events.publishEvent(new InventoryChanged(assetId, asset.operatorId(), "MANUAL", components.count(assetId),
                "added " + component.name() + (component.version() == null ? "" : " " + component.version())));
        warnings.matchAsset(assetId);
        return components.find(assetId, id).orElseThrow();
    }

    @Transactional
    public void remove(Actor actor, UUID assetId, long componentId) {
        AssetRegistry.AssetSummary asset = writable(actor, assetId);
        InventoryComponent removed = components.delete(assetId, componentId)
                .orElseThrow(() -> ApiException.notFound("Component " + componentId));
        events.publishEvent(new InventoryChanged(assetId, asset.operatorId(), "MANUAL", components.count(assetId),
                "removed " + removed.name() + (removed.version() == null ? "" : " " + removed.version())));
    }

    /**
     * The asset's components (404 when the actor may not see the asset); {@code q} searches names and package URLs.
     * Anyone but the operator reads them under a purpose, audited (Art. 30).
     */
    public PageResult<InventoryComponent> list(Actor actor, UUID assetId, String q, PageQuery page) {
        AssetRegistry.AssetSummary asset = assets.visible(actor, assetId);
        protectedReads.opened(actor, asset.operatorId(), "Components", assetId, null);
        return components.page(assetId, q == null || q.isBlank() ? null : q.trim(), page);
    }

    /**
     * Every component of the asset that {@code q} finds, for a download: up to one more than the export's limit, read
     * page by page; one audited read under a purpose, as {@link #list} makes for a page.
     */
    public List<InventoryComponent> all(Actor actor, UUID assetId, String q) {
        AssetRegistry.AssetSummary asset = assets.visible(actor, assetId);
        protectedReads.opened(actor, asset.operatorId(), "Components", assetId, null);
        String text = q == null || q.isBlank() ? null : q.trim();
        return org.ciip.shared.export.TableExport.all(n -> components.page(assetId, text,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, java.util.Map.of(), "c.id")).items());
    }

    private AssetRegistry.AssetSummary writable(Actor actor, UUID assetId) {
        AssetRegistry.AssetSummary asset = assets.visible(actor, assetId);
        if (!actor.is(OrganizationKind.OPERATOR) || !asset.operatorId().equals(actor.organizationId())) {
            throw ApiException.forbidden("Only the asset's operator keeps its software inventory.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot change the software inventory.");
        }
        return asset;
    }
}
