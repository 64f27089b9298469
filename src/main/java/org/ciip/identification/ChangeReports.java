package org.ciip.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code change_report} and {@code recertification_reminder}, and nothing else. Asset and
 * operator names come from the registry's published views.
 */
@Repository
class ChangeReports {

    private static final String FROM = """
            from change_report c join registry_asset a on a.id = c.asset_id
            join registry_organization o on o.id = c.operator_id""";
    private static final String SELECT = "select c.*, a.name as asset_name, a.sector, o.name as operator_name, "
            + "o.region_code " + FROM;

    private final JdbcClient jdbc;

    ChangeReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The change reports an actor may see: an operator its own, a department those of its sectors (and province). */
    static SqlPredicate visibleTo(Actor actor) {
        return actor.jurisdiction().operatorRecords("c.operator_id", "a.sector", "o.region_code");
    }

    /** Open re-certifications, and those of them past their due date, within the actor's jurisdiction. */
    Recertifications.Counts counts(Actor actor, LocalDate today) {
        SqlPredicate scope = visibleTo(actor);
        return jdbc.sql("select count(*), count(*) filter (where c.recertification_due < :today) " + FROM
                        + " where c.status = 'OPEN' and " + scope.sql())
                .params(scope.params()).param("today", today)
                .query((rs, n) -> new Recertifications.Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    void insert(UUID id, UUID asset, UUID operator, ChangeReporting.NewChangeReport report, Instant receivedAt,
            LocalDate due, boolean calendarComplete, String by) {
        jdbc.sql("""
                insert into change_report (id, asset_id, operator_id, what_changed, changed_on, why_it_may_affect,
                    received_at, recertification_due, due_calendar_complete, status, reported_by)
                values (:id, :asset, :operator, :what, :changedOn, :why, :now, :due, :complete, 'OPEN', :by)""")
                .param("id", id).param("asset", asset).param("operator", operator)
                .param("what", report.whatChanged().trim()).param("changedOn", report.changedOn())
                .param("why", report.whyItMayAffect().trim()).param("now", Timestamp.from(receivedAt))
                .param("due", due).param("complete", calendarComplete).param("by", by).update();
    }

    /** Closes an open report for its re-certification; false when it is no longer open. */
    boolean closeForRecertification(UUID id) {
        return jdbc.sql("update change_report set status = 'RECERTIFIED' where id = :id and status = 'OPEN'")
                .param("id", id).update() == 1;
    }

    void linkRecertification(UUID id, UUID decision) {
        jdbc.sql("update change_report set recertification_id = :decision where id = :id")
                .param("decision", decision).param("id", id).update();
    }

    /** The filters of the change report list. */
    record Filter(ChangeReportStatus status, boolean overdueOnly) {
    }

    PageResult<ChangeReporting.ChangeReportView> list(Actor actor, Filter filter, LocalDate today, PageQuery page) {
        Where where = Where.within(visibleTo(actor)).equal("c.status", "status", filter.status())
                .when(filter.overdueOnly(), "c.status = 'OPEN' and c.recertification_due < :today")
                .param("today", today);
        long total = jdbc.sql("select count(*) " + FROM + " where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<ChangeReporting.ChangeReportView> items = jdbc.sql(SELECT + " where " + where.sql()
                        + " order by (c.status = 'OPEN') desc, c.recertification_due, c.received_at desc "
                        + "limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs, today)).list();
        return PageResult.of(items, page, total);
    }

    Optional<ChangeReporting.ChangeReportView> find(Actor actor, UUID id, LocalDate today) {
        SqlPredicate scope = visibleTo(actor);
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query((rs, n) -> map(rs, today)).optional();
    }

    /** Open reports due within {@code days} days whose reminder of that many days has not been sent. */
    List<ChangeReporting.ChangeReportView> dueForReminder(int days, LocalDate today) {
        return jdbc.sql(SELECT + " where c.status = 'OPEN' and c.recertification_due <= :limit "
                        + "and not exists (select 1 from recertification_reminder r where r.change_report_id = c.id "
                        + "and r.days_before = :days)")
                .param("limit", today.plusDays(days)).param("days", days).query((rs, n) -> map(rs, today)).list();
    }

    /** Claims a reminder; false when this or another instance sent it already (its primary key). */
    boolean claimReminder(UUID report, int days, Instant now) {
        return jdbc.sql("insert into recertification_reminder (change_report_id, days_before, sent_at) "
                        + "values (:id, :days, :now) on conflict do nothing")
                .param("id", report).param("days", days).param("now", Timestamp.from(now)).update() == 1;
    }

    private static ChangeReporting.ChangeReportView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("recertification_due", LocalDate.class);
        ChangeReportStatus status = ChangeReportStatus.valueOf(rs.getString("status"));
        String recert = rs.getString("recertification_id");
        return new ChangeReporting.ChangeReportView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("asset_id")), rs.getString("asset_name"), rs.getString("sector"),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                rs.getString("region_code"), rs.getString("what_changed"),
                rs.getObject("changed_on", LocalDate.class), rs.getString("why_it_may_affect"),
                rs.getTimestamp("received_at").toInstant(), due, rs.getBoolean("due_calendar_complete"), status,
                status == ChangeReportStatus.OPEN && today.isAfter(due), ChronoUnit.DAYS.between(today, due),
                recert == null ? null : UUID.fromString(recert), rs.getString("reported_by"));
    }
}
