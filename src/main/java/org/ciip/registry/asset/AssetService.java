package org.ciip.registry.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetStatistics;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Changes;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private static final String SELECT = """
            select a.id, a.operator_id, o.name as operator_name, o.region_code as operator_region, a.name, a.kind, a.sector, a.mlps_level,
                   a.core_business, a.cii_status, a.version, a.created_at, a.updated_at
            from asset a join organization o on o.id = a.operator_id
            """;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    AssetService(JdbcClient jdbc, Organizations organizations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    static SqlPredicate scope(Jurisdiction jurisdiction) {
        return jurisdiction.operatorRecords("a.operator_id", "a.sector", "o.region_code");
    }

    public AssetView get(Actor actor, UUID id) {
        SqlPredicate scope = scope(actor.jurisdiction());
        return jdbc.sql(SELECT + " where a.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(AssetService::map).optional()
                .orElseThrow(() -> ApiException.notFound("Asset " + id));
    }

    public PageResult<AssetView> list(Actor actor, AssetFilter filter, PageQuery page) {
        SqlPredicate scope = scope(actor.jurisdiction());
        List<String> where = new ArrayList<>(List.of(scope.sql()));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(a.name) like :q escape '\\' or lower(a.core_business) like :q escape '\\')");
            params.put("q", "%" + filter.q().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        addEquals(where, params, "a.sector", "sector", filter.sector());
        addEquals(where, params, "a.kind", "kind", filter.kind());
        addEquals(where, params, "a.cii_status", "ciiStatus", filter.ciiStatus());
        if (filter.operatorId() != null) {
            where.add("a.operator_id = :operatorId");
            params.put("operatorId", filter.operatorId());
        }
        if (filter.mlpsLevel() != null) {
            where.add("a.mlps_level = :mlpsLevel");
            params.put("mlpsLevel", filter.mlpsLevel());
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from asset a join organization o on o.id = a.operator_id where "
                + condition).params(params).query(Long.class).single();
        List<AssetView> items = jdbc.sql(SELECT + " where " + condition + " order by " + page.orderBy()
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AssetService::map).list();
        return PageResult.of(items, page, total);
    }

    private static void addEquals(List<String> where, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null && !value.isBlank()) {
            where.add(column + " = :" + name);
            params.put(name, value.trim());
        }
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
                request.coreBusiness().trim(), "ASSET_REGISTERED");
        return get(actor, id);
    }

    @Override
    @Transactional
    public UUID register(NewAsset asset) {
        Actor actor = org.ciip.shared.Actors.current();
        return register(actor, new AssetRequest(null, asset.name(), asset.kind(), asset.sector(), asset.mlpsLevel(),
                asset.coreBusiness(), null, null)).id();
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
        SqlPredicate scope = scope(actor.jurisdiction());
        Map<UUID, AssetSummary> found = new HashMap<>();
        jdbc.sql(SELECT + " where a.id = any(cast(:ids as uuid[])) and " + scope.sql()).params(scope.params())
                .param("ids", wanted.stream().map(UUID::toString).toArray(String[]::new))
                .query(AssetService::map).list().forEach(a -> found.put(a.id(), summary(a)));
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
    public PageResult<AssetSummary> withStatus(Actor actor, String ciiStatus, PageQuery page) {
        return list(actor, new AssetFilter(null, null, null, ciiStatus, null, null), page).map(AssetService::summary);
    }

    @Override
    @Transactional
    public void setCiiStatus(UUID assetId, String ciiStatus, String basis) {
        if (!STATUSES.contains(ciiStatus)) {
            throw new IllegalArgumentException("unknown CII status " + ciiStatus);
        }
        String before = jdbc.sql("select cii_status from asset where id = :id for update").param("id", assetId)
                .query(String.class).single();
        jdbc.sql("update asset set cii_status = :status, version = version + 1, updated_at = :now where id = :id")
                .param("status", ciiStatus).param("now", Timestamp.from(clock.instant())).param("id", assetId)
                .update();
        audit.record("ASSET_CII_STATUS_SET", "Asset", assetId,
                Map.of("ciiStatus", Map.of("from", before, "to", ciiStatus), "basis", basis));
    }

    private static AssetSummary summary(AssetView a) {
        return new AssetSummary(a.id(), a.operatorId(), a.operatorName(), a.operatorRegionCode(), a.name(), a.kind(), a.sector(),
                a.mlpsLevel(), a.coreBusiness(), a.ciiStatus());
    }

    UUID insert(UUID operatorId, String name, String kind, String sector, int mlpsLevel, String coreBusiness,
            String action) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into asset (id, operator_id, name, kind, sector, mlps_level, core_business, cii_status, version,
                                   created_at, updated_at)
                values (:id, :operator, :name, :kind, :sector, :level, :business, 'CANDIDATE', 0, :now, :now)""")
                .param("id", id).param("operator", operatorId).param("name", name).param("kind", kind)
                .param("sector", sector).param("level", mlpsLevel).param("business", coreBusiness)
                .param("now", now).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("operatorId", operatorId.toString());
        summary.put("name", name);
        summary.put("kind", kind);
        summary.put("sector", sector);
        summary.put("mlpsLevel", mlpsLevel);
        summary.put("coreBusiness", coreBusiness);
        summary.put("ciiStatus", "CANDIDATE");
        audit.record(action, "Asset", id, summary);
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
        int updated = jdbc.sql("""
                update asset set name = :name, kind = :kind, sector = :sector, mlps_level = :level,
                       core_business = :business, version = version + 1, updated_at = :now
                where id = :id and version = :version""")
                .param("name", name.trim()).param("kind", kind).param("sector", sector).param("level", level)
                .param("business", business.trim()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).param("version", change.version())
                .update();
        if (updated == 0) {
            throw ApiException.staleVersion("Asset " + id, get(actor, id).version());
        }
        Changes changes = new Changes()
                .field("name", current.name(), name.trim())
                .field("kind", current.kind(), kind)
                .field("sector", current.sector(), sector)
                .field("mlpsLevel", current.mlpsLevel(), level)
                .field("coreBusiness", current.coreBusiness(), business.trim());
        audit.record("ASSET_CHANGED", "Asset", id, changes.asMap());
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
        return jdbc.sql("select count(*) from asset where operator_id = :op and lower(name) = lower(:name)"
                        + (except == null ? "" : " and id <> :except"))
                .param("op", operatorId).param("name", name).params(except == null ? Map.of() : Map.of("except", except))
                .query(Long.class).single() > 0;
    }

    /** Lower-cased names of the operator's assets among the given ones, in one query. */
    Set<String> existingNames(UUID operatorId, List<String> lowerNames) {
        return Set.copyOf(jdbc.sql("select lower(name) from asset where operator_id = :op "
                        + "and lower(name) = any(cast(:names as varchar[]))")
                .param("op", operatorId).param("names", lowerNames.toArray(String[]::new))
                .query(String.class).list());
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
        SqlPredicate scope = jurisdiction.seesNationalAggregates() ? SqlPredicate.ALL : scope(jurisdiction);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*) from asset a join organization o on o.id = a.operator_id where "
                        + scope.sql() + " group by 1 order by 1")
                .params(scope.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    static AssetView map(ResultSet rs, int row) throws SQLException {
        return new AssetView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), rs.getString("operator_region"), rs.getString("name"), rs.getString("kind"), rs.getString("sector"),
                rs.getInt("mlps_level"), rs.getString("core_business"), rs.getString("cii_status"),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    public record AssetFilter(String q, String sector, String kind, String ciiStatus, UUID operatorId,
            Integer mlpsLevel) {
    }
}
