package org.ciip.registry.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.registry.asset.AssetService.AssetFilter;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over the {@code asset} table, and nothing else. Every read takes the caller's jurisdiction
 * (over {@code a}, the asset, and {@code o}, its operator).
 */
@Repository
class Assets {

    private static final String SELECT = """
            select a.id, a.operator_id, o.name as operator_name, o.region_code as operator_region, a.name, a.kind, a.sector, a.mlps_level,
                   a.core_business, a.cii_status, a.version, a.created_at, a.updated_at,
                   coalesce(a.basic_telecom_network, a.sector = 'PUBLIC_COMMUNICATION') as basic_telecom_network
            from asset a join organization o on o.id = a.operator_id
            """;

    private final JdbcClient jdbc;

    Assets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SqlPredicate scope(Jurisdiction jurisdiction) {
        return jurisdiction.operatorRecords("a.operator_id", "a.sector", "o.region_code");
    }

    Optional<AssetView> find(Jurisdiction jurisdiction, UUID id) {
        SqlPredicate scope = scope(jurisdiction);
        return jdbc.sql(SELECT + " where a.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(Assets::map).optional();
    }

    List<AssetView> findAll(Jurisdiction jurisdiction, List<UUID> ids) {
        SqlPredicate scope = scope(jurisdiction);
        return jdbc.sql(SELECT + " where a.id = any(cast(:ids as uuid[])) and " + scope.sql()).params(scope.params())
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(Assets::map).list();
    }

    PageResult<AssetView> page(Jurisdiction jurisdiction, AssetFilter filter, PageQuery page) {
        String text = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim().toLowerCase();
        Where where = Where.within(scope(jurisdiction))
                .when(text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                        + "%", "(lower(a.name) like :q escape '\\' or lower(a.core_business) like :q escape '\\')", "q")
                .equal("a.sector", "sector", trimmed(filter.sector()))
                .equal("a.kind", "kind", trimmed(filter.kind()))
                .equal("a.cii_status", "ciiStatus", trimmed(filter.ciiStatus()))
                .equal("a.operator_id", "operatorId", filter.operatorId())
                .equal("a.mlps_level", "mlpsLevel", filter.mlpsLevel())
                .when(trimmed(filter.province()) == null || filter.province().isBlank() ? null
                        : filter.province().trim() + "%", "o.region_code like :province", "province");
        long total = jdbc.sql("select count(*) from asset a join organization o on o.id = a.operator_id where "
                + where.sql()).params(where.params()).query(Long.class).single();
        List<AssetView> items = jdbc.sql(SELECT + " where " + where.sql() + " order by " + page.orderBy()
                        + " limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(Assets::map).list();
        return PageResult.of(items, page, total);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Sets the CII status; answers the status it had, read under the row's lock. */
    String setCiiStatus(UUID id, String ciiStatus, Instant now) {
        String before = jdbc.sql("select cii_status from asset where id = :id for update").param("id", id)
                .query(String.class).single();
        jdbc.sql("update asset set cii_status = :status, version = version + 1, updated_at = :now where id = :id")
                .param("status", ciiStatus).param("now", Timestamp.from(now)).param("id", id)
                .update();
        return before;
    }

    void insert(UUID id, UUID operatorId, String name, String kind, String sector, int mlpsLevel,
            String coreBusiness, Instant now) {
        jdbc.sql("""
                insert into asset (id, operator_id, name, kind, sector, mlps_level, core_business, cii_status, version,
                                   created_at, updated_at)
                values (:id, :operator, :name, :kind, :sector, :level, :business, 'CANDIDATE', 0, :now, :now)""")
                .param("id", id).param("operator", operatorId).param("name", name).param("kind", kind)
                .param("sector", sector).param("level", mlpsLevel).param("business", coreBusiness)
                .param("now", Timestamp.from(now)).update();
    }

    /** Says whether the asset is part of the basic telecommunications network, instead of its sector's default. */
    void markBasicTelecomNetwork(UUID id, boolean basicTelecomNetwork) {
        jdbc.sql("update asset set basic_telecom_network = :telecom where id = :id")
                .param("telecom", basicTelecomNetwork).param("id", id).update();
    }

    /**
     * The CII assets of the operator with this credit code among {@code names} (compared without case), unfiltered:
     * for a testing request, whose requester names the operator's systems without seeing its inventory.
     */
    List<org.ciip.registry.AssetRegistry.CiiAsset> ciiAssetsNamed(String creditCode, java.util.Collection<String> names) {
        return jdbc.sql("""
                select a.id, a.operator_id, o.name as operator_name, o.region_code, a.name, a.sector,
                       coalesce(a.basic_telecom_network, a.sector = 'PUBLIC_COMMUNICATION') as telecom
                from asset a join organization o on o.id = a.operator_id
                where o.credit_code = :code and o.kind = 'OPERATOR' and a.cii_status = 'CII'
                  and lower(a.name) = any(cast(:names as varchar[]))""")
                .param("code", creditCode)
                .param("names", names.stream().map(n -> n.trim().toLowerCase(java.util.Locale.ROOT))
                        .toArray(String[]::new))
                .query((rs, n) -> new org.ciip.registry.AssetRegistry.CiiAsset(UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7)))
                .list();
    }

    /** Writes the fields if {@code version} is still the stored one; false when another change came first. */
    boolean update(UUID id, int version, String name, String kind, String sector, int mlpsLevel,
            String coreBusiness, Boolean basicTelecomNetwork, Instant now) {
        return jdbc.sql("""
                update asset set name = :name, kind = :kind, sector = :sector, mlps_level = :level,
                       core_business = :business, basic_telecom_network = coalesce(cast(:telecom as boolean), basic_telecom_network), version = version + 1,
                       updated_at = :now
                where id = :id and version = :version""")
                .param("name", name).param("kind", kind).param("sector", sector).param("level", mlpsLevel)
                .param("telecom", basicTelecomNetwork)
                .param("business", coreBusiness).param("now", Timestamp.from(now))
                .param("id", id).param("version", version)
                .update() == 1;
    }

    boolean nameTaken(UUID operatorId, String name, UUID except) {
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

    /**
     * Assets counted by {@code column} (an expression over {@code a} written in this module's code) within the
     * jurisdiction; national aggregates count everything.
     */
    Map<String, Long> countBy(String column, Jurisdiction jurisdiction) {
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
                rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("basic_telecom_network"));
    }
}
