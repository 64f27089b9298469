package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every SQL statement over the warnings themselves ({@code early_warning}, {@code warning_product}, the default
 * deadlines of {@code warning_deadline}) and the search of inventories for a warning's products. Operators and assets
 * are read through the registry's views ({@code registry_organization}, {@code registry_asset}).
 */
@Repository
class Warnings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            w.id, w.issuer_id, o.name as issuer_name, w.sectors, w.province, w.level, w.threat_type, w.title_zh,
            w.title_en, w.description_zh, w.description_en, w.identifiers, w.actions, w.acknowledge_due_at,
            w.respond_due_at, w.deadline_version, w.inform_unmatched, w.issued_at, w.issued_by""";

    private final JdbcClient jdbc;

    Warnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The default periods of a level in force: hours to acknowledge, days to respond, and their source. */
    record Deadline(WarningLevel level, int version, int acknowledgeHours, int respondDays, String source,
            boolean confirmed) {
    }

    /** A warning as stored. */
    record Warning(UUID id, UUID issuerId, String issuerName, List<String> sectors, String province,
            WarningLevel level, ThreatType threatType, String titleZh, String titleEn, String descriptionZh,
            String descriptionEn, List<String> identifiers, String actions, Instant acknowledgeDueAt,
            Instant respondDueAt, int deadlineVersion, boolean informUnmatched, Instant issuedAt, String issuedBy) {
    }

    /** An affected product: a package URL's or a CPE's identity, with its ranges. */
    record Product(int seq, PackageId id, Ecosystem ecosystem, List<VersionRange> ranges) {
    }

    /** A component that one of a warning's products names, before its version is compared. */
    record Candidate(UUID warningId, long componentId, UUID assetId, String assetName, UUID operatorId, String name,
            String version, int productSeq) {
    }

    List<Deadline> deadlines() {
        return jdbc.sql("""
                select distinct on (level) level, version, acknowledge_hours, respond_days, source, confirmed
                from warning_deadline order by level, version desc""")
                .query((rs, n) -> new Deadline(WarningLevel.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    void insert(Warning w, List<Product> products) {
        jdbc.sql("""
                insert into early_warning (id, issuer_id, sectors, province, level, threat_type, title_zh, title_en,
                    description_zh, description_en, identifiers, actions, acknowledge_due_at, respond_due_at,
                    deadline_version, inform_unmatched, issued_at, issued_by)
                values (:id, :issuer, cast(:sectors as varchar[]), :province, :level, :threat, :titleZh, :titleEn,
                    :descriptionZh, :descriptionEn, cast(:identifiers as varchar[]), :actions, :ackDue, :respondDue,
                    :deadlineVersion, :informUnmatched, :issuedAt, :issuedBy)""")
                .param("id", w.id()).param("issuer", w.issuerId()).param("sectors", w.sectors().toArray(String[]::new))
                .param("province", w.province()).param("level", w.level().name())
                .param("threat", w.threatType().name()).param("titleZh", w.titleZh()).param("titleEn", w.titleEn())
                .param("descriptionZh", w.descriptionZh()).param("descriptionEn", w.descriptionEn())
                .param("identifiers", w.identifiers().toArray(String[]::new)).param("actions", w.actions())
                .param("ackDue", Timestamp.from(w.acknowledgeDueAt()))
                .param("respondDue", Timestamp.from(w.respondDueAt()))
                .param("deadlineVersion", w.deadlineVersion()).param("informUnmatched", w.informUnmatched())
                .param("issuedAt", Timestamp.from(w.issuedAt())).param("issuedBy", w.issuedBy())
                .update();
        for (Product p : products) {
            jdbc.sql("""
                    insert into warning_product (warning_id, seq, purl_type, purl_namespace, purl_name, cpe_vendor,
                        cpe_product, ecosystem, ranges)
                    values (:warning, :seq, :type, :namespace, :name, :vendor, :product, :ecosystem,
                        cast(:ranges as jsonb))""")
                    .param("warning", w.id()).param("seq", p.seq()).param("type", p.id().purlType())
                    .param("namespace", p.id().purlNamespace()).param("name", p.id().purlName())
                    .param("vendor", p.id().cpeVendor()).param("product", p.id().cpeProduct())
                    .param("ecosystem", p.ecosystem().name()).param("ranges", JSON.writeValueAsString(p.ranges()))
                    .update();
        }
    }

    /** Records the threat report (Art. 18) a warning was made from. */
    void linkThreat(UUID warningId, UUID threatId) {
        jdbc.sql("update early_warning set threat_id = :threat where id = :id").param("threat", threatId)
                .param("id", warningId).update();
    }

    Optional<Warning> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from early_warning w join registry_organization o on o.id = w.issuer_id "
                + "where w.id = :id").param("id", id).query(Warnings::map).optional();
    }

    /** The products of each of these warnings, in one statement. */
    java.util.Map<UUID, List<Product>> products(java.util.Collection<UUID> warningIds) {
        java.util.Map<UUID, List<Product>> products = new java.util.HashMap<>();
        jdbc.sql("""
                select warning_id, seq, purl_type, purl_namespace, purl_name, cpe_vendor, cpe_product, ecosystem,
                  ranges::text
                from warning_product where warning_id = any(cast(:ids as uuid[])) order by warning_id, seq""")
                .param("ids", warningIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    products.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new java.util.ArrayList<>())
                            .add(product(rs, 1));
                });
        return products;
    }

    List<Product> products(UUID warningId) {
        return jdbc.sql("""
                select seq, purl_type, purl_namespace, purl_name, cpe_vendor, cpe_product, ecosystem, ranges::text
                from warning_product where warning_id = :warning order by seq""")
                .param("warning", warningId)
                .query((rs, n) -> product(rs, 0))
                .list();
    }

    /** A product from a row of {@code warning_product}'s columns, starting after {@code skip} others. */
    private static Product product(ResultSet rs, int skip) throws SQLException {
        return new Product(rs.getInt(skip + 1), new PackageId(rs.getString(skip + 2), rs.getString(skip + 3),
                rs.getString(skip + 4), rs.getString(skip + 5), rs.getString(skip + 6)),
                Ecosystem.valueOf(rs.getString(skip + 7)),
                JSON.readValue(rs.getString(skip + 8), new TypeReference<List<VersionRange>>() { }));
    }

    /**
     * The components in the warning's scope (assets of its sectors, all when it names none; operators of its province,
     * if it has one) that one of its products names: by package URL type, namespace and name, or by CPE vendor and
     * product. Two index look-ups per product.
     */
    List<Candidate> candidates(UUID warningId) {
        String scope = """
                join early_warning w on w.id = p.warning_id
                join registry_asset a on a.id = c.asset_id
                join registry_organization o on o.id = c.operator_id
                where p.warning_id = :warning and (cardinality(w.sectors) = 0 or a.sector = any(w.sectors))
                  and (w.province is null or left(o.region_code, 2) = w.province)""";
        return jdbc.sql(CANDIDATE + "from warning_product p join asset_component c on c.purl_type = p.purl_type "
                        + "and c.purl_name = p.purl_name and c.purl_namespace is not distinct from p.purl_namespace "
                        + scope + " union all " + CANDIDATE
                        + "from warning_product p join asset_component c on c.cpe_vendor = p.cpe_vendor "
                        + "and c.cpe_product = p.cpe_product " + scope)
                .param("warning", warningId)
                .query(Warnings::candidate).list();
    }

    /**
     * The components of one asset that a product of any warning still to be answered and covering the asset names:
     * one statement for all those warnings, the asset's components looked up in the products' indexes.
     */
    List<Candidate> candidatesForAsset(UUID assetId, Instant now) {
        String scope = """
                join early_warning w on w.id = p.warning_id
                join registry_asset a on a.id = c.asset_id
                join registry_organization o on o.id = c.operator_id
                where c.asset_id = :asset and w.respond_due_at > :now
                  and (cardinality(w.sectors) = 0 or a.sector = any(w.sectors))
                  and (w.province is null or left(o.region_code, 2) = w.province)""";
        return jdbc.sql(CANDIDATE + "from asset_component c join warning_product p on p.purl_type = c.purl_type "
                        + "and p.purl_name = c.purl_name and p.purl_namespace is not distinct from c.purl_namespace "
                        + scope + " union all " + CANDIDATE
                        + "from asset_component c join warning_product p on p.cpe_vendor = c.cpe_vendor "
                        + "and p.cpe_product = c.cpe_product " + scope)
                .param("asset", assetId).param("now", Timestamp.from(now))
                .query(Warnings::candidate).list();
    }

    private static final String CANDIDATE =
            "select p.warning_id, c.id, c.asset_id, a.name, c.operator_id, c.name, c.version, p.seq ";

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        return new Candidate(UUID.fromString(rs.getString(1)), rs.getLong(2), UUID.fromString(rs.getString(3)),
                rs.getString(4), UUID.fromString(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8));
    }

    /** The operators in the warning's scope: of one of its sectors (any, when it names none) and its province. */
    List<UUID> operatorsInScope(UUID warningId) {
        return jdbc.sql("""
                select o.id from registry_organization o join early_warning w on w.id = :warning
                where o.kind = 'OPERATOR' and (cardinality(w.sectors) = 0 or o.sectors && w.sectors)
                  and (w.province is null or left(o.region_code, 2) = w.province)""")
                .param("warning", warningId).query(UUID.class).list();
    }

    /** The warnings an organization issued, newest first. */
    PageResult<Warning> issuedBy(UUID issuerId, PageQuery page) {
        long total = jdbc.sql("select count(*) from early_warning where issuer_id = :issuer").param("issuer", issuerId)
                .query(Long.class).single();
        List<Warning> items = jdbc.sql("select " + COLUMNS + " from early_warning w join registry_organization o "
                        + "on o.id = w.issuer_id where w.issuer_id = :issuer order by w.issued_at desc, w.id "
                        + "limit :limit offset :offset")
                .param("issuer", issuerId).param("limit", page.size()).param("offset", page.offset())
                .query(Warnings::map).list();
        return PageResult.of(items, page, total);
    }

    /** Still to be acknowledged, within its clock or past it. */
    private static final String TO_ACKNOWLEDGE = "r.status in ('AWAITING', 'OVERDUE')";
    /** A matched asset of the operator without an answer. */
    private static final String TO_ANSWER = "exists (select 1 from supervision_warning_answer a where a.warning_id = "
            + "r.warning_id and a.operator_id = r.operator_id and a.responded_at is null)";

    /** The warnings that reached an operator, newest first; only those still waiting for it when {@code waiting}. */
    PageResult<Warning> reaching(UUID operatorId, WarningQueue waiting, PageQuery page) {
        String where = "r.operator_id = :operator" + (waiting == null ? ""
                : " and " + (waiting == WarningQueue.ACKNOWLEDGE ? TO_ACKNOWLEDGE : TO_ANSWER));
        long total = jdbc.sql("select count(*) from warning_recipient r where " + where)
                .param("operator", operatorId).query(Long.class).single();
        List<Warning> items = jdbc.sql("select " + COLUMNS + " from warning_recipient r join early_warning w "
                        + "on w.id = r.warning_id join registry_organization o on o.id = w.issuer_id "
                        + "where " + where + " order by r.reached_at desc, w.id limit :limit offset :offset")
                .param("operator", operatorId).param("limit", page.size()).param("offset", page.offset())
                .query(Warnings::map).list();
        return PageResult.of(items, page, total);
    }

    /** What waits for an operator in its warnings, as its work queue counts it. */
    record WorkCounts(long toAcknowledge, long acknowledgeOverdue, long toAnswer, long answerOverdue) {
    }

    WorkCounts workCounts(UUID operatorId, java.time.Instant now) {
        return jdbc.sql("""
                select count(*) filter (where r.status = 'AWAITING'), count(*) filter (where r.status = 'OVERDUE'),
                       count(*) filter (where exists (select 1 from supervision_warning_answer a
                           where a.warning_id = r.warning_id and a.operator_id = r.operator_id
                           and a.responded_at is null and a.respond_due_at >= :now)),
                       count(*) filter (where exists (select 1 from supervision_warning_answer a
                           where a.warning_id = r.warning_id and a.operator_id = r.operator_id
                           and a.responded_at is null and a.respond_due_at < :now))
                from warning_recipient r where r.operator_id = :operator""")
                .param("operator", operatorId).param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new WorkCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private static Warning map(ResultSet rs, int row) throws SQLException {
        return new Warning(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("issuer_id")),
                rs.getString("issuer_name"), Rows.strings(rs, "sectors"), rs.getString("province"),
                WarningLevel.valueOf(rs.getString("level")), ThreatType.valueOf(rs.getString("threat_type")),
                rs.getString("title_zh"), rs.getString("title_en"), rs.getString("description_zh"),
                rs.getString("description_en"), Rows.strings(rs, "identifiers"), rs.getString("actions"),
                Rows.instant(rs, "acknowledge_due_at"), Rows.instant(rs, "respond_due_at"),
                rs.getInt("deadline_version"), rs.getBoolean("inform_unmatched"), Rows.instant(rs, "issued_at"),
                rs.getString("issued_by"));
    }
}
