package org.ciip.registry.asset;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.registry.AssetChanged;
import org.ciip.registry.AssetCiiStatusSet;
import org.ciip.registry.AssetRegistered;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetStatistics;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Changes;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate CII assets. The operator registers and edits its own; its protection departments read them; CII status
 * changes only through identification (Art. 10-11), never through these operations.
 */
@Service
public class AssetService implements AssetStatistics, AssetRegistry {

    static final Set<String> KINDS = Set.of("NETWORK_FACILITY", "INFORMATION_SYSTEM");
    static final Set<String> STATUSES = Set.of("CANDIDATE", "CII", "NOT_CII", "DECOMMISSIONED");
    static final Map<String, String> SORTABLE = Map.of("name", "lower(a.name)", "sector", "a.sector", "mlpsLevel",
            "a.mlps_level", "ciiStatus", "a.cii_status", "updatedAt", "a.updated_at", "operatorName", "o.name");
    static final String DEFAULT_ORDER = "lower(a.name) asc, a.id";

    private final Assets assets;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetService(Assets assets, Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public AssetView get(Actor actor, UUID id) {
        return assets.find(actor.jurisdiction(), id).orElseThrow(() -> ApiException.notFound("Asset " + id));
    }

    public PageResult<AssetView> list(Actor actor, AssetFilter filter, PageQuery page) {
        if (filter.province() != null && !filter.province().isBlank() && !filter.province().trim().matches("\\d{2}")) {
            throw ApiException.invalid("province", "must be a two-digit province code");
        }
        return assets.page(actor.jurisdiction(), filter, page);
    }

    /** Registers an asset of the actor's own operator. */
    @Transactional
    public AssetView register(Actor actor, AssetRequest request) {
        OrganizationSummary operator = writableOperator(actor, request.operatorId());
        Validation v = new Validation();
        validate(v, operator, request.name(), request.kind(), request.sector(), request.mlpsLevel(),
                request.coreBusiness(), true);
        refuseStatus(v, request.ciiStatus(), null);
        if (!v.hasProblem("name") && nameTaken(operator.id(), request.name().trim(), null)) {
            v.add("name", "validation.assetNameTaken", "is already used by another asset of this operator");
        }
        v.throwIfInvalid();
        UUID id = insert(operator.id(), request.name().trim(), request.kind(), request.sector(), request.mlpsLevel(),
                request.coreBusiness().trim(), false);
        if (request.basicTelecomNetwork() != null) {
            assets.markBasicTelecomNetwork(id, request.basicTelecomNetwork());
        }
        return get(actor, id);
    }

    @Override
    @Transactional
    public UUID register(NewAsset asset) {
        Actor actor = org.ciip.shared.Actors.current();
        return register(actor, new AssetRequest(null, asset.name(), asset.kind(), asset.sector(), asset.mlpsLevel(),
                asset.coreBusiness(), null, null, null)).id();
    }

    @Override
    public AssetSummary visible(Actor actor, UUID assetId) {
        return summary(get(actor, assetId));
    }

    @Override
    public List<AssetSummary> visible(Actor actor, java.util.Collection<UUID> assetIds) {
        List<UUID> wanted = assetIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<UUID, AssetSummary> found = new HashMap<>();
        assets.findAll(actor.jurisdiction(), wanted).forEach(a -> found.put(a.id(), summary(a)));
        return wanted.stream().map(id -> {
            AssetSummary asset = found.get(id);
            if (asset == null) {
                throw ApiException.notFound("Asset " + id);
            }
            return asset;
        }).toList();
    }

    @Override
    public PageResult<AssetSummary> candidates(Actor actor, PageQuery page) {
        return withStatus(actor, "CANDIDATE", page);
    }

    @Override
    public PageResult<AssetSummary> candidates(Actor actor, String q, String sector, String province, PageQuery page) {
        return list(actor, new AssetFilter(q, sector, null, "CANDIDATE", null, null, province), page)
                .map(AssetService::summary);
    }

    @Override
    public PageResult<AssetSummary> withStatus(Actor actor, String ciiStatus, PageQuery page) {
        return list(actor, new AssetFilter(null, null, null, ciiStatus, null, null), page).map(AssetService::summary);
    }

    @Override
    @Transactional
    public void setCiiStatus(UUID assetId, String ciiStatus, String basis) {
        if (!STATUSES.contains(ciiStatus)) {
            throw new IllegalArgumentException("unknown CII status " + ciiStatus);
        }
        String before = assets.setCiiStatus(assetId, ciiStatus, clock.instant());
        events.publishEvent(new AssetCiiStatusSet(assetId, before, ciiStatus, basis));
    }

    @Override
    public List<CiiAsset> ciiAssetsNamed(String creditCode, java.util.Collection<String> names) {
        return creditCode == null || names.isEmpty() ? List.of() : assets.ciiAssetsNamed(creditCode.trim(), names);
    }

    private static AssetSummary summary(AssetView a) {
        return new AssetSummary(a.id(), a.operatorId(), a.operatorName(), a.operatorRegionCode(), a.name(), a.kind(), a.sector(),
                a.mlpsLevel(), a.coreBusiness(), a.ciiStatus());
    }

    UUID insert(UUID operatorId, String name, String kind, String sector, int mlpsLevel, String coreBusiness,
            boolean imported) {
        UUID id = UUID.randomUUID();
        assets.insert(id, operatorId, name, kind, sector, mlpsLevel, coreBusiness, clock.instant());
        events.publishEvent(new AssetRegistered(id, operatorId, name, kind, sector, mlpsLevel, coreBusiness, imported));
        return id;
    }

    /** Changes the given fields of an asset if {@code version} is still the current one; otherwise 409. */
    @Transactional
    public AssetView update(Actor actor, UUID id, AssetRequest change) {
        AssetView current = get(actor, id);
        OrganizationSummary operator = writableOperator(actor, current.operatorId());
        Validation v = new Validation();
        v.require(change.version() != null, "version", "validation.required", "is required");
        if (change.operatorId() != null && !change.operatorId().equals(current.operatorId())) {
            v.add("operatorId", "validation.operatorFixed", "cannot be changed");
        }
        String name = change.name() != null ? change.name() : current.name();
        String kind = change.kind() != null ? change.kind() : current.kind();
        String sector = change.sector() != null ? change.sector() : current.sector();
        int level = change.mlpsLevel() != null ? change.mlpsLevel() : current.mlpsLevel();
        String business = change.coreBusiness() != null ? change.coreBusiness() : current.coreBusiness();
        validate(v, operator, name, kind, sector, level, business, false);
        refuseStatus(v, change.ciiStatus(), current.ciiStatus());
        if (!v.hasProblem("name") && nameTaken(operator.id(), name.trim(), id)) {
            v.add("name", "validation.assetNameTaken", "is already used by another asset of this operator");
        }
        v.throwIfInvalid();
        if (change.version() != current.version()) {
            throw ApiException.staleVersion("Asset " + id, current.version());
        }
        if (!assets.update(id, change.version(), name.trim(), kind, sector, level, business.trim(),
                change.basicTelecomNetwork(), clock.instant())) {
            throw ApiException.staleVersion("Asset " + id, get(actor, id).version());
        }
        Changes changes = new Changes()
                .field("name", current.name(), name.trim())
                .field("kind", current.kind(), kind)
                .field("sector", current.sector(), sector)
                .field("mlpsLevel", current.mlpsLevel(), level)
                .field("coreBusiness", current.coreBusiness(), business.trim())
                .field("basicTelecomNetwork", current.basicTelecomNetwork(), change.basicTelecomNetwork() != null
                        ? change.basicTelecomNetwork() : current.basicTelecomNetwork());
        events.publishEvent(new AssetChanged(id, changes.asMap()));
        return get(actor, id);
    }

    /**
     * The operator whose assets the actor may write: only an operator's own users with a writing role. Any other
     * operator id answers 404, as if it did not exist.
     */
    OrganizationSummary writableOperator(Actor actor, UUID operatorId) {
        if (!actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.forbidden("Only the operator registers and edits its assets; "
                    + "protection departments read them.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot change assets.");
        }
        if (operatorId != null && !operatorId.equals(actor.organizationId())) {
            throw ApiException.notFound("Operator " + operatorId);
        }
        return organizations.find(actor.organizationId()).orElseThrow();
    }

    static void validate(Validation v, OrganizationSummary operator, String name, String kind, String sector,
            Integer mlpsLevel, String coreBusiness, boolean creating) {
        v.requireText(name, "name", 200);
        if (Validation.isBlank(kind)) {
            v.add("kind", "validation.required", "is required");
        } else if (!KINDS.contains(kind)) {
            v.add("kind", "validation.assetKind", "must be NETWORK_FACILITY or INFORMATION_SYSTEM");
        }
        if (Validation.isBlank(sector)) {
            v.add("sector", "validation.required", "is required");
        } else if (!operator.sectors().contains(sector)) {
            v.add("sector", "validation.sectorNotOperators", "must be one of the operator's sectors: "
                    + String.join(", ", operator.sectors()), String.join(", ", operator.sectors()));
        }
        if (mlpsLevel == null) {
            v.add("mlpsLevel", "validation.required", "is required");
        } else if (mlpsLevel < 1 || mlpsLevel > 5) {
            v.add("mlpsLevel", "validation.mlpsLevel", "must be an MLPS level from 1 to 5");
        }
        v.requireText(coreBusiness, "coreBusiness", 500);
    }

    private static void refuseStatus(Validation v, String requested, String current) {
        if (requested != null && !requested.equals(current)) {
            v.add("ciiStatus", "validation.ciiStatusByIdentification",
                    "is set only by the protection department's identification (Art. 10)");
        }
    }

    private boolean nameTaken(UUID operatorId, String name, UUID except) {
        return assets.nameTaken(operatorId, name, except);
    }

    /** Lower-cased names of the operator's assets among the given ones, in one query. */
    Set<String> existingNames(UUID operatorId, List<String> lowerNames) {
        return assets.existingNames(operatorId, lowerNames);
    }

    @Override
    public Map<String, Long> byCiiStatus(Jurisdiction jurisdiction) {
        return counts("a.cii_status", jurisdiction);
    }

    @Override
    public Map<String, Long> bySector(Jurisdiction jurisdiction) {
        return counts("a.sector", jurisdiction);
    }

    private Map<String, Long> counts(String column, Jurisdiction jurisdiction) {
        return assets.countBy(column, jurisdiction);
    }


    /** The filters of an asset list; {@code province}, when given, is the two-digit code of the operator's province. */
    public record AssetFilter(String q, String sector, String kind, String ciiStatus, UUID operatorId,
            Integer mlpsLevel, String province) {

        public AssetFilter(String q, String sector, String kind, String ciiStatus, UUID operatorId, Integer mlpsLevel) {
            this(q, sector, kind, ciiStatus, operatorId, mlpsLevel, null);
        }
    }
}
