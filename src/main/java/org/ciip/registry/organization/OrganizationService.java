package org.ciip.registry.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.registry.RegionCode;
import org.ciip.registry.Sectors;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.Changes;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations of every kind: the platform administrator registers and edits them; everyone reads the directory
 * within their jurisdiction. */
@Service
public class OrganizationService implements Organizations {

    static final Map<String, String> SORTABLE = Map.of("name", "o.name", "kind", "o.kind", "regionCode",
            "o.region_code", "creditCode", "o.credit_code");
    private static final String COLUMNS = "o.id, o.kind, o.name, o.name_en, o.credit_code, o.region_code, "
            + "o.jurisdiction_province, o.sectors, o.version, o.state_organ";

    private final JdbcClient jdbc;
    private final Sectors sectors;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationService(JdbcClient jdbc, Sectors sectors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sectors = sectors;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<OrganizationSummary> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization o where o.id = :id").param("id", id)
                .query(OrganizationService::map).optional();
    }

    @Override
    public Optional<OrganizationSummary> findByCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from organization o where o.credit_code = :code")
                .param("code", creditCode).query(OrganizationService::map).optional();
    }

    @Override
    public List<OrganizationSummary> listAll() {
        return jdbc.sql("select " + COLUMNS + " from organization o order by o.name").query(OrganizationService::map)
                .list();
    }

    @Override
    public List<UUID> idsOfKind(OrganizationKind kind) {
        return jdbc.sql("select id from organization where kind = :kind order by name").param("kind", kind.name())
                .query(UUID.class).list();
    }

    @Override
    public List<UUID> departmentsFor(String sector, String regionCode) {
        return jdbc.sql("""
                select id from organization where kind = 'PROTECTION_DEPARTMENT' and :sector = any(sectors)
                and (jurisdiction_province is null or jurisdiction_province = left(:region, 2)) order by name""")
                .param("sector", sector).param("region", regionCode).query(UUID.class).list();
    }

    @Override
    public Optional<ReportingParties> reportingParties(UUID reporter, java.util.Collection<String> sectors) {
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

    @Override
    public Map<OrganizationKind, Long> countByKind() {
        Map<OrganizationKind, Long> counts = new java.util.EnumMap<>(OrganizationKind.class);
        jdbc.sql("select kind, count(*) from organization group by kind")
                .query(rs -> {
                    counts.put(OrganizationKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** One organization, if the caller's jurisdiction lets them see it. */
    public OrganizationSummary get(Actor actor, UUID id) {
        SqlPredicate scope = actor.jurisdiction().organizations("o.id", "o.kind", "o.sectors", "o.region_code");
        return jdbc.sql("select " + COLUMNS + " from organization o where o.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id)
                .query(OrganizationService::map).optional()
                .orElseThrow(() -> ApiException.notFound("Organization " + id));
    }

    public PageResult<OrganizationSummary> list(Actor actor, String q, OrganizationKind kind, String sector,
            PageQuery page) {
        SqlPredicate scope = actor.jurisdiction().organizations("o.id", "o.kind", "o.sectors", "o.region_code");
        List<String> where = new ArrayList<>(List.of(scope.sql()));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (q != null && !q.isBlank()) {
            where.add("(lower(o.name) like :q or lower(coalesce(o.name_en, '')) like :q or o.credit_code = :code)");
            params.put("q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("code", q.trim().toUpperCase());
        }
        if (kind != null) {
            where.add("o.kind = :kind");
            params.put("kind", kind.name());
        }
        if (sector != null && !sector.isBlank()) {
            where.add(":sector = any(o.sectors)");
            params.put("sector", sector);
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from organization o where " + condition).params(params)
                .query(Long.class).single();
        List<OrganizationSummary> items = jdbc.sql("select " + COLUMNS + " from organization o where " + condition
                        + " order by " + page.orderBy() + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(OrganizationService::map).list();
        return PageResult.of(items, page, total);
    }

    @Override
    @Transactional
    public OrganizationSummary register(OrganizationRegistration r) {
        requireAdministrator();
        Validation v = new Validation();
        v.require(r.kind() != null, "kind", "validation.required", "is required");
        v.requireText(r.name(), "name", 200);
        v.optionalText(r.nameEn(), "nameEn", 200);
        String creditCode = r.creditCode() == null ? null : r.creditCode().trim().toUpperCase();
        checkCreditCode(v, creditCode, null);
        checkRegion(v, r.regionCode());
        List<String> sectorCodes = checkSectors(v, r.kind(), r.sectors());
        String province = checkProvince(v, r.kind(), r.jurisdictionProvince());
        v.throwIfInvalid();

        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into organization (id, kind, name, name_en, credit_code, region_code, jurisdiction_province,
                                          sectors, version, created_at, updated_at)
                values (:id, :kind, :name, :nameEn, :code, :region, :province, cast(:sectors as varchar[]), 0, :now, :now)""")
                .param("id", id).param("kind", r.kind().name()).param("name", r.name().trim())
                .param("nameEn", Validation.blankToNull(r.nameEn())).param("code", creditCode)
                .param("region", r.regionCode()).param("province", province)
                .param("sectors", sectorCodes.toArray(String[]::new)).param("now", now)
                .update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", r.kind().name());
        summary.put("name", r.name().trim());
        summary.put("creditCode", creditCode);
        summary.put("regionCode", r.regionCode());
        summary.put("sectors", sectorCodes);
        audit.record("ORGANIZATION_REGISTERED", "Organization", id, summary);
        return find(id).orElseThrow();
    }

    /** Changes the given fields (null: unchanged) if {@code version} is still current. */
    @Transactional
    public OrganizationSummary update(UUID id, OrganizationChange change) {
        requireAdministrator();
        OrganizationSummary current = find(id).orElseThrow(() -> ApiException.notFound("Organization " + id));
        Validation v = new Validation();
        v.require(change.version() != null, "version", "validation.required", "is required");
        String name = change.name() != null ? change.name() : current.name();
        v.requireText(name, "name", 200);
        String nameEn = change.nameEn() != null ? Validation.blankToNull(change.nameEn()) : current.nameEn();
        v.optionalText(nameEn, "nameEn", 200);
        String creditCode = change.creditCode() != null ? change.creditCode().trim().toUpperCase() : current.creditCode();
        checkCreditCode(v, creditCode, id);
        String region = change.regionCode() != null ? change.regionCode() : current.regionCode();
        checkRegion(v, region);
        List<String> sectorCodes = change.sectors() != null ? checkSectors(v, current.kind(), change.sectors())
                : current.sectors();
        String province = change.jurisdictionProvince() != null
                ? checkProvince(v, current.kind(), change.jurisdictionProvince()) : current.jurisdictionProvince();
        v.throwIfInvalid();
        if (change.version() != current.version()) {
            throw ApiException.staleVersion("Organization " + id, current.version());
        }
        int updated = jdbc.sql("""
                update organization set name = :name, name_en = :nameEn, credit_code = :code, region_code = :region,
                       jurisdiction_province = :province, sectors = cast(:sectors as varchar[]),
                       version = version + 1, updated_at = :now
                where id = :id and version = :version""")
                .param("name", name.trim()).param("nameEn", nameEn).param("code", creditCode)
                .param("region", region).param("province", province)
                .param("sectors", sectorCodes.toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("version", change.version())
                .update();
        if (updated == 0) {
            throw ApiException.staleVersion("Organization " + id, find(id).map(OrganizationSummary::version).orElse(0));
        }
        Changes changes = new Changes()
                .field("name", current.name(), name.trim())
                .field("nameEn", current.nameEn(), nameEn)
                .field("creditCode", current.creditCode(), creditCode)
                .field("regionCode", current.regionCode(), region)
                .field("jurisdictionProvince", current.jurisdictionProvince(), province)
                .field("sectors", current.sectors(), sectorCodes);
        audit.record("ORGANIZATION_CHANGED", "Organization", id, changes.asMap());
        return find(id).orElseThrow();
    }

    /** The editable fields of an organization, with the version the client read. */
    public record OrganizationChange(String name, String nameEn, String creditCode, String regionCode,
            String jurisdictionProvince, List<String> sectors, Integer version) {
    }

    private static void requireAdministrator() {
        Actors.requirePlatformAdministrator("Only the platform administrator registers and edits organizations.");
    }

    private void checkCreditCode(Validation v, String code, UUID self) {
        if (Validation.isBlank(code)) {
            v.add("creditCode", "validation.required", "is required");
        } else if (!UnifiedSocialCreditCode.isValid(code)) {
            v.add("creditCode", "validation.creditCode",
                    "is not a valid unified social credit code (18 characters, GB 32100-2015 check character)");
        } else {
            findByCreditCode(code).filter(o -> !o.id().equals(self)).ifPresent(o -> v.add("creditCode",
                    "validation.creditCodeTaken", "is already registered"));
        }
    }

    private static void checkRegion(Validation v, String region) {
        if (Validation.isBlank(region)) {
            v.add("regionCode", "validation.required", "is required");
        } else if (!RegionCode.isValid(region)) {
            v.add("regionCode", "validation.regionCode", "must be a 6-digit administrative division code");
        }
    }

    private List<String> checkSectors(Validation v, OrganizationKind kind, List<String> given) {
        List<String> codes = given == null ? List.of() : given.stream().filter(Objects::nonNull).map(String::trim)
                .distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            if (sectors.find(codes.get(i)).isEmpty()) {
                v.add("sectors[" + i + "]", "validation.unknownSector", "is not a sector of Art. 2");
            }
        }
        boolean needsSectors = kind == OrganizationKind.OPERATOR || kind == OrganizationKind.PROTECTION_DEPARTMENT;
        if (needsSectors && codes.isEmpty()) {
            v.add("sectors", "validation.sectorsRequired", "an operator or protection department needs at least one sector");
        }
        return codes;
    }

    private static String checkProvince(Validation v, OrganizationKind kind, String province) {
        String value = Validation.blankToNull(province);
        if (value == null) {
            return null;
        }
        if (kind != OrganizationKind.PROTECTION_DEPARTMENT) {
            v.add("jurisdictionProvince", "validation.provinceOnlyForDepartments",
                    "applies to protection departments only");
        } else if (!RegionCode.isProvince(value)) {
            v.add("jurisdictionProvince", "validation.province", "must be a two-digit province code");
        }
        return value;
    }

    static OrganizationSummary map(ResultSet rs, int row) throws SQLException {
        return new OrganizationSummary(UUID.fromString(rs.getString("id")),
                OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("name_en"),
                rs.getString("credit_code"), rs.getString("region_code"), rs.getString("jurisdiction_province"),
                Rows.strings(rs, "sectors"), rs.getInt("version"), rs.getBoolean("state_organ"));
    }
}
