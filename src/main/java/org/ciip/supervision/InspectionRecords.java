package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over inspections themselves ({@code inspection}, {@code inspection_body}, {@code
 * inspection_asset}) and the overlap window ({@code inspection_overlap_window}). Who may read one is decided in
 * {@link #SEEN}: its bodies, its operator, and CAC, which coordinates inspections nationally (Art. 27).
 */
@Repository
class InspectionRecords {

    static final String SEEN = " (i.operator_id = :org or :national or exists (select 1 from inspection_body ib"
            + " where ib.inspection_id = i.id and ib.organization_id = :org))";
    /**
     * Which operators a body may inspect (Art. 26, 28): a protection department those of its sectors (and province);
     * a public security organ and a provincial CAC those of its province; CAC, MPS and the state security, secrecy
     * and cryptography administrations every operator.
     */
    static final String INSPECTABLE = """
            exists (select 1 from registry_organization b where b.id = :body and (
                b.kind in ('CAC', 'MPS', 'STATE_SECURITY', 'SECRECY_ADMINISTRATION', 'CRYPTOGRAPHY_ADMINISTRATION')
                or (b.kind = 'PROTECTION_DEPARTMENT' and o.sectors && b.sectors
                    and (b.jurisdiction_province is null or left(o.region_code, 2) = b.jurisdiction_province))
                or (b.kind in ('PUBLIC_SECURITY_ORGAN', 'PROVINCIAL_CAC')
                    and left(o.region_code, 2) = coalesce(b.jurisdiction_province, left(b.region_code, 2)))))""";
    private static final String SUMMARY = """
            select i.id, i.number, i.title, o.name as operator_name, i.kind, i.starts_on, i.ends_on, i.status,
                (select l.name from inspection_body lb join registry_organization l on l.id = lb.organization_id
                 where lb.inspection_id = i.id and lb.role = 'LEAD') as lead_name,
                (select count(*) from inspection_body jb where jb.inspection_id = i.id) > 1 as joint,
                (select count(*) from inspection_finding f where f.inspection_id = i.id and f.status <> 'VERIFIED')
                    as open_findings
            from inspection i join registry_organization o on o.id = i.operator_id""";

    private final JdbcClient jdbc;

    InspectionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The overlap window in force: days, and whether an authority confirmed it. */
    record Window(int days, boolean confirmed, String source) {
    }

    Window overlapWindow(LocalDate on) {
        return jdbc.sql("""
                select days, confirmed, source from inspection_overlap_window where effective_from <= :on
                order by effective_from desc, version desc limit 1""")
                .param("on", on).query((rs, n) -> new Window(rs.getInt(1), rs.getBoolean(2), rs.getString(3)))
                .single();
    }

    boolean inspectable(UUID body, UUID operatorId) {
        return jdbc.sql("select exists (select 1 from registry_organization o where o.id = :op and o.kind = 'OPERATOR'"
                        + " and " + INSPECTABLE + ")")
                .param("op", operatorId).param("body", body).query(Boolean.class).single();
    }

    /** An operator a body may inspect, for the planning form's pick list. */
    record OperatorRef(UUID id, String name) {
    }

    List<OperatorRef> inspectableOperators(UUID body, String q, int limit) {
        String text = q == null || q.isBlank() ? "%" : Where.containing(q.trim());
        return jdbc.sql("select o.id, o.name from registry_organization o where o.kind = 'OPERATOR' and o.name ilike :q"
                        + " and " + INSPECTABLE + " order by o.name limit :limit")
                .param("q", text).param("body", body).param("limit", limit)
                .query((rs, n) -> new OperatorRef(UUID.fromString(rs.getString(1)), rs.getString(2))).list();
    }

    /** Of {@code assetIds}, those of the operator. */
    List<UUID> assetsOf(UUID operatorId, List<UUID> assetIds) {
        return jdbc.sql("select id from registry_asset where operator_id = :op and id = any(cast(:ids as uuid[]))")
                .param("op", operatorId).param("ids", assetIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class).list();
    }

    /** The CII assets of an operator, by name, for the planning form. */
    List<InspectionView.Asset> ciiAssetsOf(UUID operatorId) {
        return jdbc.sql("select id, name from registry_asset where operator_id = :op and cii_status = 'CII' order by name")
                .param("op", operatorId)
                .query((rs, n) -> new InspectionView.Asset(UUID.fromString(rs.getString(1)), rs.getString(2))).list();
    }

    String nextNumber(int year) {
        long n = jdbc.sql("select nextval('inspection_number')").query(Long.class).single();
        return String.format("INS-%d-%06d", year, n);
    }

    void insert(UUID id, String number, UUID body, InspectionRequest r, String kind, String basis, List<String> topics,
            List<UUID> assets, Instant at, String by) {
        jdbc.sql("""
                insert into inspection (id, number, operator_id, kind, legal_basis, title, topics, starts_on, ends_on,
                    team, status, planned_at, planned_by)
                values (:id, :number, :op, :kind, :basis, :title, cast(:topics as varchar[]), :starts, :ends, :team,
                    'PLANNED', :at, :by)""")
                .param("id", id).param("number", number).param("op", r.operatorId()).param("kind", kind)
                .param("basis", basis).param("title", r.title().trim())
                .param("topics", topics.toArray(String[]::new)).param("starts", r.startsOn())
                .param("ends", r.endsOn()).param("team", r.team().trim()).param("at", Timestamp.from(at))
                .param("by", by).update();
        addBody(id, body, "LEAD");
        addAssets(id, assets);
    }

    private void addBody(UUID id, UUID body, String role) {
        jdbc.sql("""
                insert into inspection_body (inspection_id, organization_id, role) values (:id, :body, :role)
                on conflict do nothing""").param("id", id).param("body", body).param("role", role).update();
    }

    private void addAssets(UUID id, List<UUID> assets) {
        jdbc.sql("""
                insert into inspection_asset (inspection_id, asset_id)
                select :id, unnest(cast(:assets as uuid[])) on conflict do nothing""")
                .param("id", id).param("assets", assets.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /** The open inspections of an operator as the overlap policy compares them. */
    List<InspectionOverlap.Plan> openPlans(UUID operatorId) {
        return jdbc.sql("""
                select i.id, i.topics, i.starts_on, i.ends_on,
                    array(select organization_id::text from inspection_body b where b.inspection_id = i.id) as bodies,
                    array(select asset_id::text from inspection_asset a where a.inspection_id = i.id) as assets
                from inspection i where i.operator_id = :op and i.status in ('PLANNED', 'CONFIRMED')""")
                .param("op", operatorId)
                .query((rs, n) -> new InspectionOverlap.Plan(UUID.fromString(rs.getString("id")), operatorId,
                        ids(rs, "bodies"), new HashSet<>(Rows.strings(rs, "topics")), ids(rs, "assets"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    private static java.util.Set<UUID> ids(ResultSet rs, String column) throws SQLException {
        java.util.Set<UUID> out = new HashSet<>();
        Rows.strings(rs, column).forEach(s -> out.add(UUID.fromString(s)));
        return out;
    }

    /** The overlapping inspections, with their bodies' names, in the order given. */
    List<InspectionView.Overlap> overlaps(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id, i.number, i.starts_on, i.ends_on, i.topics, i.status,
                    (select string_agg(o.name, ', ' order by b.role, o.name) from inspection_body b
                     join registry_organization o on o.id = b.organization_id where b.inspection_id = i.id) as bodies
                from inspection i where i.id = any(cast(:ids as uuid[])) order by i.starts_on, i.number""")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new InspectionView.Overlap(UUID.fromString(rs.getString("id")),
                        rs.getString("number"), rs.getString("bodies"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), Rows.strings(rs, "topics"),
                        InspectionStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The bodies of an inspection. */
    List<UUID> bodies(UUID id) {
        return jdbc.sql("select organization_id from inspection_body where inspection_id = :id order by role")
                .param("id", id).query(UUID.class).list();
    }

    /** The inspection's own columns and its bodies and assets, if the organization may see it. */
    Optional<Core> find(UUID id, UUID org, boolean national) {
        return jdbc.sql("""
                select i.*, o.name as operator_name, m.number as merged_into_number
                from inspection i join registry_organization o on o.id = i.operator_id
                left join inspection m on m.id = i.merged_into
                where i.id = :id and""" + SEEN)
                .param("id", id).param("org", org).param("national", national)
                .query((rs, n) -> new Core(rs, jdbc)).optional();
    }

    /** An inspection's own columns, with its bodies and assets. */
    static final class Core {
        final UUID id;
        final String number;
        final UUID operatorId;
        final String operatorName;
        final String kind;
        final String legalBasis;
        final String title;
        final List<String> topics;
        final LocalDate startsOn;
        final LocalDate endsOn;
        final String team;
        final InspectionStatus status;
        final UUID mergedInto;
        final String mergedIntoNumber;
        final Instant plannedAt;
        final String plannedBy;
        final Instant confirmedAt;
        final String confirmedBy;
        final String attendees;
        final Instant closedAt;
        final String conclusion;
        final List<InspectionView.Body> bodies;
        final List<InspectionView.Asset> assets;

        Core(ResultSet rs, JdbcClient jdbc) throws SQLException {
            id = UUID.fromString(rs.getString("id"));
            number = rs.getString("number");
            operatorId = UUID.fromString(rs.getString("operator_id"));
            operatorName = rs.getString("operator_name");
            kind = rs.getString("kind");
            legalBasis = rs.getString("legal_basis");
            title = rs.getString("title");
            topics = Rows.strings(rs, "topics");
            startsOn = rs.getObject("starts_on", LocalDate.class);
            endsOn = rs.getObject("ends_on", LocalDate.class);
            team = rs.getString("team");
            status = InspectionStatus.valueOf(rs.getString("status"));
            mergedInto = Rows.uuid(rs, "merged_into");
            mergedIntoNumber = rs.getString("merged_into_number");
            plannedAt = Rows.instant(rs, "planned_at");
            plannedBy = rs.getString("planned_by");
            confirmedAt = Rows.instant(rs, "confirmed_at");
            confirmedBy = rs.getString("confirmed_by");
            attendees = rs.getString("attendees");
            closedAt = Rows.instant(rs, "closed_at");
            conclusion = rs.getString("conclusion");
            bodies = jdbc.sql("""
                    select o.id, o.name, o.kind, b.role from inspection_body b
                    join registry_organization o on o.id = b.organization_id
                    where b.inspection_id = :id order by b.role, o.name""")
                    .param("id", id)
                    .query((r, n) -> new InspectionView.Body(UUID.fromString(r.getString(1)), r.getString(2),
                            r.getString(3), r.getString(4)))
                    .list();
            assets = jdbc.sql("""
                    select a.id, a.name from inspection_asset x join registry_asset a on a.id = x.asset_id
                    where x.inspection_id = :id order by a.name""")
                    .param("id", id)
                    .query((r, n) -> new InspectionView.Asset(UUID.fromString(r.getString(1)), r.getString(2)))
                    .list();
        }
    }

    /**
     * The inspections the organization may see, by start date, optionally by status, text and period; CAC sees all
     * ({@code national}).
     */
    PageResult<InspectionSummary> page(UUID org, boolean national, InspectionStatus status, String q, LocalDate from,
            LocalDate to, PageQuery page) {
        String where = " where" + SEEN + (status == null ? "" : " and i.status = :status")
                + (q == null ? "" : " and (i.number ilike :q or i.title ilike :q or o.name ilike :q)")
                + (from == null ? "" : " and i.ends_on >= :from") + (to == null ? "" : " and i.starts_on <= :to");
        var count = jdbc.sql("select count(*) from inspection i join registry_organization o on o.id = i.operator_id"
                + where).param("org", org).param("national", national);
        var list = jdbc.sql(SUMMARY + where + " order by i.starts_on, i.number limit :limit offset :offset")
                .param("org", org).param("national", national).param("limit", page.size())
                .param("offset", page.offset());
        if (status != null) {
            count = count.param("status", status.name());
            list = list.param("status", status.name());
        }
        if (q != null) {
            String text = Where.containing(q);
            count = count.param("q", text);
            list = list.param("q", text);
        }
        if (from != null) {
            count = count.param("from", from);
            list = list.param("from", from);
        }
        if (to != null) {
            count = count.param("to", to);
            list = list.param("to", to);
        }
        long total = count.query(Long.class).single();
        return PageResult.of(list.query(InspectionRecords::summary).list(), page, total);
    }

    private static InspectionSummary summary(ResultSet rs, int n) throws SQLException {
        return new InspectionSummary(UUID.fromString(rs.getString("id")), rs.getString("number"),
                rs.getString("title"), rs.getString("operator_name"), rs.getString("lead_name"),
                rs.getBoolean("joint"), rs.getString("kind"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), InspectionStatus.valueOf(rs.getString("status")),
                rs.getLong("open_findings"));
    }

    /** Locks the inspection's row until the transaction ends. */
    void lock(UUID id) {
        jdbc.sql("select 1 from inspection where id = :id for update").param("id", id).query(Integer.class).single();
    }

    boolean confirm(UUID id, InspectionStatus.Step step, Instant at, String by) {
        return jdbc.sql("""
                update inspection set status = :to, confirmed_at = :at, confirmed_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("at", Timestamp.from(at))
                .param("by", by).param("id", id).update() == 1;
    }

    boolean attend(UUID id, String attendees) {
        return jdbc.sql("update inspection set attendees = :attendees where id = :id and status = 'CONFIRMED'")
                .param("attendees", attendees).param("id", id).update() == 1;
    }

    /**
     * Merges {@code id} into {@code into}: the one is MERGED, the other takes its bodies (as members), topics and
     * assets and becomes joint; false when either moved meanwhile.
     */
    boolean merge(UUID id, InspectionStatus.Step step, UUID into) {
        if (jdbc.sql("update inspection set status = :to, merged_into = :into where id = :id and status = :from")
                .param("to", step.to().name()).param("from", step.from().name()).param("into", into)
                .param("id", id).update() != 1) {
            return false;
        }
        int joined = jdbc.sql("""
                update inspection t set topics = array(select distinct unnest(t.topics || s.topics) order by 1)
                from inspection s where t.id = :into and s.id = :id and t.status in ('PLANNED', 'CONFIRMED')""")
                .param("into", into).param("id", id).update();
        jdbc.sql("""
                insert into inspection_body (inspection_id, organization_id, role)
                select :into, organization_id, 'MEMBER' from inspection_body where inspection_id = :id
                on conflict do nothing""").param("into", into).param("id", id).update();
        jdbc.sql("""
                insert into inspection_asset (inspection_id, asset_id)
                select :into, asset_id from inspection_asset where inspection_id = :id on conflict do nothing""")
                .param("into", into).param("id", id).update();
        return joined == 1;
    }

    boolean close(UUID id, InspectionStatus.Step step, String conclusion, Instant at) {
        return jdbc.sql("""
                update inspection set status = :to, conclusion = :conclusion, closed_at = :at
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("conclusion", conclusion)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /**
     * What waits in the open inspections the organization is inspected in or takes part in: as the operator, planned
     * ones to confirm and confirmed ones with findings to rectify; as an inspecting body, rectified findings to verify.
     */
    long[] waiting(UUID organizationId) {
        return jdbc.sql("""
                select count(*) filter (where i.operator_id = :org and i.status = 'PLANNED'),
                       count(*) filter (where i.operator_id = :org and exists (select 1 from inspection_finding f
                           where f.inspection_id = i.id and f.status = 'OPEN')),
                       count(*) filter (where i.operator_id <> :org and exists (select 1 from inspection_finding f
                           where f.inspection_id = i.id and f.status = 'RECTIFIED'))
                from inspection i where i.status in ('PLANNED', 'CONFIRMED') and (i.operator_id = :org
                    or exists (select 1 from inspection_body ib where ib.inspection_id = i.id
                               and ib.organization_id = :org))""")
                .param("org", organizationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }
}
