package org.ciip.registry.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations.Addressee;
import org.ciip.registry.Organizations.ReportingParties;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the {@code organization} table, and nothing else. */
@Repository
class StoredOrganizations {

    private static final String COLUMNS = "o.id, o.kind, o.name, o.name_en, o.credit_code, o.region_code, "
            + "o.jurisdiction_province, o.sectors, o.version, o.state_organ";

    private final JdbcClient jdbc;

    StoredOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganizationSummary> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization o where o.id = :id").param("id", id)
                .query(StoredOrganizations::map).optional();
    }

    /** The organization, if {@code scope} (a jurisdiction over {@code o}) lets its caller see it. */
    Optional<OrganizationSummary> find(SqlPredicate scope, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization o where o.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id)
                .query(StoredOrganizations::map).optional();
    }

    Optional<OrganizationSummary> findByCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from organization o where o.credit_code = :code")
                .param("code", creditCode).query(StoredOrganizations::map).optional();
    }

    List<OrganizationSummary> all() {
        return jdbc.sql("select " + COLUMNS + " from organization o order by o.name").query(StoredOrganizations::map)
                .list();
    }

    List<UUID> idsOfKind(OrganizationKind kind) {
        return jdbc.sql("select id from organization where kind = :kind order by name").param("kind", kind.name())
                .query(UUID.class).list();
    }

    List<UUID> departmentsFor(String sector, String regionCode) {
        return jdbc.sql("""
                select id from organization where kind = 'PROTECTION_DEPARTMENT' and :sector = any(sectors)
                and (jurisdiction_province is null or jurisdiction_province = left(:region, 2))
                order by jurisdiction_province is null, name""")
                .param("sector", sector).param("region", regionCode).query(UUID.class).list();
    }

    /** The reporter with the bodies its report goes to (Art. 18), in one statement. */
    Optional<ReportingParties> reportingParties(UUID reporter, Collection<String> sectors) {
        // the reporter's row comes with each addressee (left join: with none, it comes alone)
        record Row(OrganizationSummary reporter, Addressee addressee) {
        }
        List<Row> rows = jdbc.sql("select " + COLUMNS + """
                , a.id as addressee_id, a.kind as addressee_kind, a.name as addressee_name,
                  a.sectors as addressee_sectors
                from organization o
                left join organization a on
                      (a.kind = 'PROTECTION_DEPARTMENT' and a.sectors && cast(:sectors as varchar[])
                       and (a.jurisdiction_province is null or a.jurisdiction_province = left(o.region_code, 2)))
                   or (a.kind in ('PUBLIC_SECURITY_ORGAN', 'PROVINCIAL_CAC')
                       and left(a.region_code, 2) = left(o.region_code, 2))
                   or a.kind in ('CAC', 'MPS')
                where o.id = :reporter
                order by a.name""")
                .param("sectors", sectors.toArray(String[]::new)).param("reporter", reporter)
                .query((rs, n) -> new Row(map(rs, n), rs.getString("addressee_id") == null ? null
                        : new Addressee(UUID.fromString(rs.getString("addressee_id")),
                                OrganizationKind.valueOf(rs.getString("addressee_kind")), rs.getString("addressee_name"),
                                Rows.strings(rs, "addressee_sectors"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportingParties(rows.getFirst().reporter(),
                rows.stream().map(Row::addressee).filter(Objects::nonNull).toList()));
    }

    Map<OrganizationKind, Long> countByKind() {
        Map<OrganizationKind, Long> counts = new EnumMap<>(OrganizationKind.class);
        jdbc.sql("select kind, count(*) from organization group by kind")
                .query(rs -> {
                    counts.put(OrganizationKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** A page of the organizations {@code scope} lets its caller see, whose name or credit code matches {@code text}. */
    PageResult<OrganizationSummary> page(SqlPredicate scope, String text, OrganizationKind kind, String sector,
            PageQuery page) {
        Where where = Where.within(scope)
                .when(text, "(lower(o.name) like :q or lower(coalesce(o.name_en, '')) like :q or o.credit_code = :code)",
                        "code")
                .param("q", text == null ? null
                        : "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%")
                .param("code", text == null ? null : text.toUpperCase())
                .equal("o.kind", "kind", kind)
                .when(sector, ":sector = any(o.sectors)", "sector");
        long total = jdbc.sql("select count(*) from organization o where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<OrganizationSummary> items = jdbc.sql("select " + COLUMNS + " from organization o where " + where.sql()
                        + " order by " + page.orderBy() + " limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(StoredOrganizations::map).list();
        return PageResult.of(items, page, total);
    }

    void insert(UUID id, OrganizationKind kind, String name, String nameEn, String creditCode, String regionCode,
            String province, List<String> sectors, Instant now) {
        jdbc.sql("""
                insert into organization (id, kind, name, name_en, credit_code, region_code, jurisdiction_province,
                                          sectors, version, created_at, updated_at)
                values (:id, :kind, :name, :nameEn, :code, :region, :province, cast(:sectors as varchar[]), 0, :now, :now)""")
                .param("id", id).param("kind", kind.name()).param("name", name).param("nameEn", nameEn)
                .param("code", creditCode).param("region", regionCode).param("province", province)
                .param("sectors", sectors.toArray(String[]::new)).param("now", Timestamp.from(now))
                .update();
    }

    /** Writes the fields if {@code version} is still the stored one; false when another change came first. */
    boolean update(UUID id, int version, String name, String nameEn, String creditCode, String regionCode,
            String province, List<String> sectors, Instant now) {
        return jdbc.sql("""
                update organization set name = :name, name_en = :nameEn, credit_code = :code, region_code = :region,
                       jurisdiction_province = :province, sectors = cast(:sectors as varchar[]),
                       version = version + 1, updated_at = :now
                where id = :id and version = :version""")
                .param("name", name).param("nameEn", nameEn).param("code", creditCode)
                .param("region", regionCode).param("province", province)
                .param("sectors", sectors.toArray(String[]::new))
                .param("now", Timestamp.from(now)).param("id", id).param("version", version)
                .update() == 1;
    }

    static OrganizationSummary map(ResultSet rs, int row) throws SQLException {
        return new OrganizationSummary(UUID.fromString(rs.getString("id")),
                OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("name_en"),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getString("jurisdiction_province"),
                Rows.strings(rs, "sectors"), rs.getInt("version"), rs.getBoolean("state_organ"));
    }
}
