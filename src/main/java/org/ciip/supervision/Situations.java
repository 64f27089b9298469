package org.ciip.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of the sector situation (Art. 24): aggregates over the operators a scope selects ({@code o}, the
 * registry's {@code registry_organization}), their warnings, and the incidents and report clocks the incident module
 * publishes ({@code incident_reported}, {@code incident_reporting_clock}). Each is one set-based statement.
 */
@Repository
class Situations {

    private static final String OPERATORS = """
            with ops as (select o.id, o.name, o.region_code from registry_organization o
                         where o.kind = 'OPERATOR' and %s),
            acks as (select r.operator_id, count(*) as n from warning_recipient r join ops on ops.id = r.operator_id
                     where r.status = 'OVERDUE' group by r.operator_id),
            unanswered as (select a.operator_id, count(distinct a.warning_id) as n
                           from supervision_warning_answer a join ops on ops.id = a.operator_id
                           where a.respond_due_at < :now and (a.responded_at is null or a.responded_at > :now)
                           group by a.operator_id),
            late as (select c.operator_id, count(*) as n from incident_reporting_clock c join ops on ops.id = c.operator_id
                     where c.due_at >= :since and ((c.met_at is null and c.due_at < :now) or c.met_at > c.due_at)
                     group by c.operator_id),
            incidents as (select i.operator_id, count(*) as n from incident_reported i join ops on ops.id = i.operator_id
                          where i.reported_at >= :since group by i.operator_id),
            facts as (select ops.id, ops.name, ops.region_code, coalesce(acks.n, 0) as overdue_acks,
                        coalesce(unanswered.n, 0) as unanswered, coalesce(late.n, 0) as late_reports,
                        coalesce(incidents.n, 0) as incidents
                      from ops left join acks on acks.operator_id = ops.id
                      left join unanswered on unanswered.operator_id = ops.id
                      left join late on late.operator_id = ops.id left join incidents on incidents.operator_id = ops.id)
            """;

    private final JdbcClient jdbc;

    Situations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operators in scope with something overdue, the most first (at most {@code limit}). */
    List<SectorSituation.OperatorLine> overdueOperators(SqlPredicate scope, Instant now, Instant since, int limit) {
        return jdbc.sql(OPERATORS.formatted(scope.sql()) + """
                select id, name, region_code, overdue_acks, unanswered, late_reports from facts
                where overdue_acks + unanswered + late_reports > 0
                order by overdue_acks + unanswered + late_reports desc, name limit :limit""")
                .params(scope.params()).param("now", Timestamp.from(now)).param("since", Timestamp.from(since))
                .param("limit", limit)
                .query((rs, n) -> new SectorSituation.OperatorLine(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** The same facts summed by province (the first two digits of the division code). */
    List<SectorSituation.ProvinceLine> byProvince(SqlPredicate scope, Instant now, Instant since) {
        return jdbc.sql(OPERATORS.formatted(scope.sql()) + """
                select left(region_code, 2), count(*), sum(overdue_acks), sum(unanswered), sum(late_reports),
                  sum(incidents)
                from facts group by 1 order by 1""")
                .params(scope.params()).param("now", Timestamp.from(now)).param("since", Timestamp.from(since))
                .query((rs, n) -> new SectorSituation.ProvinceLine(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** The incidents the operators in scope reported since {@code since}, by grade. */
    Map<String, Long> incidentsByGrade(SqlPredicate scope, Instant since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String grade : List.of("PARTICULARLY_MAJOR", "MAJOR", "RELATIVELY_MAJOR", "GENERAL")) {
            counts.put(grade, 0L);
        }
        jdbc.sql("select i.grade, count(*) from incident_reported i join registry_organization o "
                        + "on o.id = i.operator_id where i.reported_at >= :since and " + scope.sql() + " group by 1")
                .params(scope.params()).param("since", Timestamp.from(since))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The incidents the operators in scope reported since {@code since}, by month of their report (in Beijing time,
     * {@code YYYY-MM}) and grade: one row per month and grade that has any.
     */
    List<SectorSituation.MonthCount> incidentsByMonth(SqlPredicate scope, Instant since) {
        return jdbc.sql("select to_char(i.reported_at at time zone 'Asia/Shanghai', 'YYYY-MM'), i.grade, count(*) "
                        + "from incident_reported i join registry_organization o on o.id = i.operator_id "
                        + "where i.reported_at >= :since and " + scope.sql() + " group by 1, 2")
                .params(scope.params()).param("since", Timestamp.from(since))
                .query((rs, n) -> new SectorSituation.MonthCount(java.time.YearMonth.parse(rs.getString(1)),
                        rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * The warnings still to be answered that the organization issued or that reached an operator in scope, newest first,
     * with how far the operators in scope are with them.
     */
    List<SectorSituation.WarningLine> activeWarnings(SqlPredicate scope, UUID organizationId, Instant now, int limit) {
        return jdbc.sql("""
                with ops as (select o.id from registry_organization o where o.kind = 'OPERATOR' and %s)
                select w.id, w.level, coalesce(w.title_zh, w.title_en), coalesce(w.title_en, w.title_zh), w.issued_at,
                  w.respond_due_at,
                  (select count(*) from warning_recipient r join ops on ops.id = r.operator_id
                    where r.warning_id = w.id) as reached,
                  (select count(*) from warning_recipient r join ops on ops.id = r.operator_id
                    where r.warning_id = w.id and r.status in ('ACKNOWLEDGED', 'ACKNOWLEDGED_LATE')) as acknowledged,
                  (select count(*) from supervision_warning_answer a join ops on ops.id = a.operator_id
                    where a.warning_id = w.id and a.responded_at is null) as open_assets
                from early_warning w
                where w.respond_due_at > :now and (w.issuer_id = :org or exists (select 1 from warning_recipient r
                  join ops on ops.id = r.operator_id where r.warning_id = w.id))
                order by w.issued_at desc limit :limit""".formatted(scope.sql()))
                .params(scope.params()).param("now", Timestamp.from(now)).param("org", organizationId)
                .param("limit", limit)
                .query((rs, n) -> new SectorSituation.WarningLine(UUID.fromString(rs.getString(1)),
                        WarningLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9)))
                .list();
    }
}
