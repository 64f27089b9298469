package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over threat reports ({@code threat_report}, {@code threat_report_recipient}) and their period
 * ({@code threat_report_deadline}). Reads are limited to the operator that reported and the report's recipients.
 */
@Repository
class ThreatReports {

    private static final String SELECT = """
            select t.id, t.operator_id, o.name as operator_name, t.title, t.description, t.indicators,
              cast(t.asset_ids as varchar[]) as asset_ids,
              t.discovered_at, t.reported_at, t.report_due_at, t.reported_by, t.status, t.acknowledged_at,
              t.acknowledged_by, t.warning_id,
              (select d.confirmed from threat_report_deadline d where d.version = t.deadline_version) as confirmed
            from threat_report t join registry_organization o on o.id = t.operator_id""";
    private static final String VISIBLE = " (t.operator_id = :org or exists (select 1 from threat_report_recipient r "
            + "where r.threat_id = t.id and r.organization_id = :org))";

    private final JdbcClient jdbc;

    ThreatReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period in force: hours from discovery, its version and whether a rule confirms it. */
    record Deadline(int version, int hours, String source, boolean confirmed) {
    }

    Deadline deadline() {
        return jdbc.sql("select version, report_hours, source, confirmed from threat_report_deadline "
                        + "order by version desc limit 1")
                .query((rs, n) -> new Deadline(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4)))
                .single();
    }

    void insert(ThreatView t, int deadlineVersion, Collection<UUID> recipients) {
        jdbc.sql("""
                insert into threat_report (id, operator_id, title, description, indicators, asset_ids, discovered_at,
                    reported_at, report_due_at, deadline_version, reported_by, status)
                values (:id, :operator, :title, :description, :indicators, cast(:assets as uuid[]), :discovered,
                    :reported, :due, :version, :by, 'REPORTED')""")
                .param("id", t.id()).param("operator", t.operatorId()).param("title", t.title())
                .param("description", t.description()).param("indicators", t.indicators())
                .param("assets", t.assetIds().stream().map(UUID::toString).toArray(String[]::new))
                .param("discovered", Timestamp.from(t.discoveredAt())).param("reported", Timestamp.from(t.reportedAt()))
                .param("due", Timestamp.from(t.reportDueAt())).param("version", deadlineVersion)
                .param("by", t.reportedBy()).update();
        jdbc.sql("insert into threat_report_recipient (threat_id, organization_id) "
                        + "select :id, unnest(cast(:orgs as uuid[]))")
                .param("id", t.id()).param("orgs", recipients.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /** The report, if {@code organizationId} reported it or received it. */
    Optional<ThreatView> find(UUID id, UUID organizationId) {
        return jdbc.sql(SELECT + " where t.id = :id and" + VISIBLE).param("id", id).param("org", organizationId)
                .query(ThreatReports::map).optional();
    }

    /** The reports {@code organizationId} made or received, newest first. */
    PageResult<ThreatView> page(UUID organizationId, PageQuery page) {
        long total = jdbc.sql("select count(*) from threat_report t where" + VISIBLE).param("org", organizationId)
                .query(Long.class).single();
        List<ThreatView> items = jdbc.sql(SELECT + " where" + VISIBLE
                        + " order by t.reported_at desc, t.id limit :limit offset :offset")
                .param("org", organizationId).param("limit", page.size()).param("offset", page.offset())
                .query(ThreatReports::map).list();
        return PageResult.of(items, page, total);
    }

    /** Writes a step if the report is still where it starts; false when a concurrent step came first. */
    boolean move(UUID id, ThreatStatus.Step step, Instant now, String by, UUID warningId) {
        return jdbc.sql("""
                update threat_report set status = :to,
                  acknowledged_at = case when :to = 'ACKNOWLEDGED' then :now else acknowledged_at end,
                  acknowledged_by = case when :to = 'ACKNOWLEDGED' then :by else acknowledged_by end,
                  warning_id = coalesce(cast(:warning as uuid), warning_id)
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("now", Timestamp.from(now))
                .param("by", by).param("warning", warningId).param("id", id).update() == 1;
    }

    private static ThreatView map(ResultSet rs, int n) throws SQLException {
        return ThreatView.of(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), rs.getString("title"), rs.getString("description"),
                rs.getString("indicators"), Rows.strings(rs, "asset_ids").stream().map(UUID::fromString).toList(),
                Rows.instant(rs, "discovered_at"), Rows.instant(rs, "reported_at"), Rows.instant(rs, "report_due_at"),
                rs.getBoolean("confirmed"), rs.getString("reported_by"), ThreatStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                rs.getString("warning_id") == null ? null : UUID.fromString(rs.getString("warning_id")));
    }
}
