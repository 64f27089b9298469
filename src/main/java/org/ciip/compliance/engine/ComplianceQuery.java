package org.ciip.compliance.engine;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.LegalTime;
import org.ciip.shared.Rows;
import org.ciip.compliance.OperatorFacts;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in one set-based statement, what the records of the registry, identification, obligations and incident
 * modules say about any set of operators as of a date. Each operator is a row; each item's facts are aggregates over
 * that operator's records, found through indexes on {@code operator_id}, so one operator costs the same whether the
 * database holds ten operators or ten thousand, and all of them cost one pass.
 *
 * <p>"As of" means as the records stood: a record counts when its legal date (signed on, held on, decided on...) is on
 * or before the date and it had been recorded by the end of that day (or by now, for today).
 *
 * <p>The engine is a read model over the other modules' records, read through the views and the function those
 * modules publish in their migrations ({@code obligations_*}, {@code identification_*}, {@code enforcement_sanction},
 * {@code incident_reporting_clock}, {@code registry_organization}; V24-V26), never their tables: a loop over their
 * Java APIs could not evaluate ten thousand operators in seconds, and the views keep each module the owner of its
 * tables. PostgreSQL inlines the views, so the statement costs what it cost over the tables.
 */
@Component
public class ComplianceQuery {

    private static final String SQL = """
            select o.id, o.name, o.name_en, o.region_code, o.sectors,
              coalesce(cii.cii_assets, 0) as cii_assets, cii.first_cii_on,
              chr.late_change_reports, chr.late_change_since, chr.late_change_ids,
              cii.without_measures, cii.measures_missing_since, cii.measures_missing_ids, cii.last_measure_on,
              docs.protection_due, docs.responsibility_due, docs.plan_due, docs.emergency_due, docs.data_due,
              docs.service_due, docs.last_approved_on,
              case when inst.established_on <= :asOf then inst.established_on end as institution_on, inst.head_name,
              kp.key_positions, kp.unreviewed_positions, kp.unreviewed_since,
              coalesce(rv.head_reviewed, false) as head_reviewed, rv.barred_in_position, rv.barred_since,
              rv.last_review_on,
              dec.decisions, dec.decisions_without, dec.decisions_without_since,
              act.last_drill, act.last_training,
              (select di.months from obligations_drill_interval di where di.operator_id = o.id and di.set_at <= :at)
                as drill_months,
              cii.assessments_overdue, cii.assessment_overdue_since, cii.next_assessment_due, cii.overdue_asset_ids,
              cii.last_accepted_on,
              fnd.findings_overdue, fnd.findings_overdue_since, fnd.next_finding_due, fnd.overdue_assessment_ids,
              buy.purchases, buy.agreement_missing, buy.agreement_missing_since, buy.agreement_missing_ids,
              buy.next_agreement_expiry, buy.last_agreement_on,
              chg.changes_late, chg.changes_late_since, chg.changes_overdue, chg.changes_overdue_since,
              chg.next_change_due, chg.change_ids,
              inc.late_reports, inc.late_reports_since, inc.late_incident_ids, inc.pending_reports,
              inc.next_report_due,
              buy.used_without_review, buy.used_without_review_amount, buy.used_without_review_since,
              buy.used_without_review_ids, buy.awaiting_review, buy.used_before_review_passed,
              (select max(y.year) from obligations_institution_year y where y.operator_id = o.id and y.recorded_at <= :at)
                as latest_budget_year,
              chg.open_changes, chg.changes_awaiting_requirements,
              wrn.warnings_matched, wrn.warnings_unanswered, wrn.warnings_unanswered_since,
              coop.non_cooperation, coop.non_cooperation_since, coop.non_cooperation_ids
            from registry_organization o
            left join obligations_institution inst on inst.operator_id = o.id
            left join lateral (
              select count(*) as cii_assets, min(c.cii_on) as first_cii_on,
                count(*) filter (where c.measure_on is null) as without_measures,
                min(c.cii_on) filter (where c.measure_on is null) as measures_missing_since,
                (array_agg(c.id order by c.cii_on) filter (where c.measure_on is null))[1 : 5] as measures_missing_ids,
                max(c.measure_on) as last_measure_on,
                count(*) filter (where c.assessment_due < :asOf) as assessments_overdue,
                min(c.assessment_due) filter (where c.assessment_due < :asOf) as assessment_overdue_since,
                min(c.assessment_due) filter (where c.assessment_due >= :asOf) as next_assessment_due,
                (array_agg(c.id order by c.assessment_due) filter (where c.assessment_due < :asOf))[1 : 5]
                  as overdue_asset_ids,
                max(c.last_accepted) as last_accepted_on
              from (
                select d.asset_id as id, d.cii_on, measure.on_ as measure_on, accepted.ended_on as last_accepted,
                  (coalesce(accepted.ended_on, d.cii_on) + make_interval(months => :assessmentMonths))::date
                    as assessment_due
                from identification_cii_assets(:at) d
                cross join lateral (select max(m.signed_off_on) as on_ from obligations_asset_measure m where m.asset_id = d.asset_id
                   and m.stage = 'USE' and m.signed_off_on <= :asOf and m.recorded_at <= :at) measure
                cross join lateral (select max(s.ended_on) as ended_on from obligations_assessment s where s.asset_id = d.asset_id
                   and s.status = 'ACCEPTED' and s.decided_on <= :asOf and s.decided_at <= :at) accepted
                where d.operator_id = o.id
              ) c
            ) cii on true
            left join lateral (
              select count(*) filter (where r.late) as late_change_reports,
                min(r.received_on) filter (where r.late) as late_change_since,
                (array_agg(r.id order by r.received_on) filter (where r.late))[1 : 5] as late_change_ids
              from (select cr.id, (cr.received_at at time zone 'Asia/Shanghai')::date as received_on,
                      (cr.received_at at time zone 'Asia/Shanghai')::date > cr.changed_on + :changeReportDays as late
                    from identification_change_report cr where cr.operator_id = o.id and cr.received_at <= :at
                      and cr.received_at >= :lookbackFrom) r
            ) chr on true
            left join lateral (select
                max(d.review_due) filter (where d.kind = 'PROTECTION_SYSTEM') as protection_due,
                max(d.review_due) filter (where d.kind = 'RESPONSIBILITY_SYSTEM') as responsibility_due,
                max(d.review_due) filter (where d.kind = 'SECURITY_PLAN') as plan_due,
                max(d.review_due) filter (where d.kind = 'EMERGENCY_PLAN') as emergency_due,
                max(d.review_due) filter (where d.kind = 'DATA_PROTECTION_SYSTEM') as data_due,
                max(d.review_due) filter (where d.kind = 'SERVICE_SECURITY_MANAGEMENT') as service_due,
                max(d.approved_on) as last_approved_on
              from obligations_document d where d.operator_id = o.id and d.approved_on <= :asOf and d.created_at <= :at
            ) docs on true
            left join lateral (
              select count(*) as key_positions, count(*) filter (where not k.reviewed) as unreviewed_positions,
                min(k.identified_on) filter (where not k.reviewed) as unreviewed_since
              from (select kp.identified_on, exists (select 1 from obligations_background_review r where r.operator_id = o.id
                      and lower(r.position) = lower(kp.title) and r.status = 'APPROVED' and r.reviewed_on <= :asOf)
                      as reviewed
                    from obligations_key_position kp where kp.operator_id = o.id and kp.identified_on <= :asOf
                      and kp.created_at <= :at) k
            ) kp on true
            left join lateral (
              select bool_or(p.name = inst.head_name and inst.established_on <= :asOf) as head_reviewed,
                count(*) filter (where ban.on_ is not null) as barred_in_position,
                min(greatest(ban.on_, r.reviewed_on)) as barred_since, max(r.reviewed_on) as last_review_on
              from obligations_background_review r join obligations_reviewed_person p on p.id = r.person_id
              cross join lateral (select min((s.registered_at at time zone 'Asia/Shanghai')::date) as on_
                 from enforcement_sanction s where s.id_hash = p.id_hash and s.registered_at <= :at and s.decided_on <= :asOf
                 and (s.barred_for_life or s.barred_until >= :asOf)) ban
              where r.operator_id = o.id and r.status = 'APPROVED' and r.reviewed_on <= :asOf
            ) rv on true
            left join lateral (
              select count(*) as decisions, count(*) filter (where d.participant is null) as decisions_without,
                min(d.decided_on) filter (where d.participant is null) as decisions_without_since
              from obligations_security_decision d where d.operator_id = o.id and d.decided_on <= :asOf and d.recorded_at <= :at
            ) dec on true
            left join lateral (
              select max(a.held_on) filter (where a.kind = 'DRILL') as last_drill,
                max(a.held_on) filter (where a.kind = 'TRAINING') as last_training
              from (select kind, held_on from obligations_activity
                    where operator_id = o.id and held_on <= :asOf and recorded_at <= :at
                    -- a drill of its protection department it took part in counts as its own (Art. 15(3), 25)
                    union all
                    select 'DRILL', held_on from supervision_drill_participation
                    where operator_id = o.id and held_on <= :asOf and recorded_at <= :at) a
            ) act on true
            left join lateral (
              select count(*) filter (where f.due_on < :asOf) as findings_overdue,
                min(f.due_on) filter (where f.due_on < :asOf) as findings_overdue_since,
                min(f.due_on) filter (where f.due_on >= :asOf) as next_finding_due,
                (array_agg(distinct s.id) filter (where f.due_on < :asOf))[1 : 5] as overdue_assessment_ids
              from obligations_assessment s join obligations_assessment_finding f on f.assessment_id = s.id
              where s.operator_id = o.id and f.created_at <= :at
                and not (f.status = 'RECTIFIED' and f.rectified_on is not null and f.rectified_on <= :asOf)
            ) fnd on true
            left join lateral (
              select count(*) as purchases,
                count(*) filter (where ag.valid_to is null or ag.valid_to < :asOf) as agreement_missing,
                min(case when ag.valid_to is null then p.purchased_on else ag.valid_to + 1 end)
                  filter (where ag.valid_to is null or ag.valid_to < :asOf) as agreement_missing_since,
                (array_agg(p.id order by p.purchased_on) filter (where ag.valid_to is null or ag.valid_to < :asOf))[1 : 5]
                  as agreement_missing_ids,
                min(ag.valid_to) filter (where ag.valid_to >= :asOf) as next_agreement_expiry,
                max(ag.signed_on) as last_agreement_on,
                count(*) filter (where p.unreviewed_use) as used_without_review,
                coalesce(sum(p.amount_cny) filter (where p.unreviewed_use), 0) as used_without_review_amount,
                min(p.in_use_since) filter (where p.unreviewed_use) as used_without_review_since,
                (array_agg(p.id order by p.in_use_since) filter (where p.unreviewed_use))[1 : 5]
                  as used_without_review_ids,
                count(*) filter (where p.may_affect_national_security and not p.passed
                  and (p.in_use_since is null or p.in_use_since > :asOf)) as awaiting_review,
                count(*) filter (where p.may_affect_national_security and p.passed and p.in_use_since <= :asOf
                  and p.review_passed_on > p.in_use_since) as used_before_review_passed
              from (select pu.*, coalesce(pu.review_status = 'PASSED' and pu.review_passed_on <= :asOf, false)
                        as passed,
                      pu.may_affect_national_security and pu.in_use_since <= :asOf
                        and not coalesce(pu.review_status = 'PASSED' and pu.review_passed_on <= :asOf, false)
                        as unreviewed_use
                    from obligations_purchase pu where pu.operator_id = o.id and pu.purchased_on <= :asOf
                      and pu.created_at <= :at) p
              left join lateral (select max(coalesce(g.expires_on, date '9999-12-31')) as valid_to,
                   max(g.signed_on) as signed_on
                 from obligations_supplier_agreement g where g.purchase_id = p.id and g.signed_on <= :asOf
                   and g.created_at <= :at) ag on true
            ) buy on true
            left join lateral (
              select count(*) filter (where c.late) as changes_late,
                min(c.reported_on) filter (where c.late) as changes_late_since,
                count(*) filter (where c.open_requirement and c.requirements_due < :asOf) as changes_overdue,
                min(c.requirements_due) filter (where c.open_requirement and c.requirements_due < :asOf)
                  as changes_overdue_since,
                min(c.requirements_due) filter (where c.open_requirement and c.requirements_due >= :asOf)
                  as next_change_due,
                (array_agg(c.id) filter (where c.late or (c.open_requirement and c.requirements_due < :asOf)))[1 : 5]
                  as change_ids,
                count(*) filter (where c.open) as open_changes,
                count(*) filter (where c.open and not c.requirements_set) as changes_awaiting_requirements
              from (select cc.id, cc.requirements_due, (cc.reported_at at time zone 'Asia/Shanghai')::date as reported_on,
                      (cc.reported_at at time zone 'Asia/Shanghai')::date > cc.effective_on + :corporateChangeDays
                        and cc.reported_at >= :lookbackFrom as late,
                      cc.requirements_set_at <= :at and not coalesce(cc.completed_on <= :asOf, false)
                        as open_requirement,
                      not coalesce(cc.completed_on <= :asOf, false) as open,
                      coalesce(cc.requirements_set_at <= :at, false) as requirements_set
                    from obligations_corporate_change cc where cc.operator_id = o.id and cc.reported_at <= :at) c
            ) chg on true
            left join lateral (
              select count(distinct a.warning_id) as warnings_matched,
                count(distinct a.warning_id) filter (where a.late) as warnings_unanswered,
                min((a.respond_due_at at time zone 'Asia/Shanghai')::date + :warningGraceDays + 1)
                  filter (where a.late) as warnings_unanswered_since
              from (select sa.warning_id, sa.respond_due_at,
                      sa.respond_due_at + make_interval(days => :warningGraceDays) < :at
                        and (sa.responded_at is null or sa.responded_at > :at) as late
                    from supervision_warning_answer sa where sa.operator_id = o.id and sa.matched_at <= :at) a
            ) wrn on true
            left join lateral (
              select count(*) as non_cooperation, min(nc.occurred_on) as non_cooperation_since,
                (array_agg(distinct nc.inspection_id))[1 : 5] as non_cooperation_ids
              from supervision_non_cooperation nc
              where nc.operator_id = o.id and nc.occurred_on <= :asOf
                and (nc.cleared_on is null or nc.cleared_on > :asOf)
            ) coop on true
            left join lateral (
              select count(*) filter (where ob.due_at <= :at and (ob.met_at is null or ob.met_at > ob.due_at))
                  as late_reports,
                min((ob.due_at at time zone 'Asia/Shanghai')::date)
                  filter (where ob.due_at <= :at and (ob.met_at is null or ob.met_at > ob.due_at)) as late_reports_since,
                (array_agg(distinct ob.incident_id)
                  filter (where ob.due_at <= :at and (ob.met_at is null or ob.met_at > ob.due_at)))[1 : 5]
                  as late_incident_ids,
                count(*) filter (where ob.due_at > :at and (ob.met_at is null or ob.met_at > :at)) as pending_reports,
                min((ob.due_at at time zone 'Asia/Shanghai')::date)
                  filter (where ob.due_at > :at and (ob.met_at is null or ob.met_at > :at)) as next_report_due
              from incident_reporting_clock ob
              where ob.operator_id = o.id and ob.due_at >= :lookbackFrom and ob.reported_at <= :at
            ) inc on true
            where o.kind = 'OPERATOR' and\s""";

    private final JdbcClient jdbc;

    ComplianceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one operator, if {@code scope} (a jurisdiction over {@code o}) lets its caller see it. */
    public Optional<OperatorFacts> factsOf(SqlPredicate scope, UUID operatorId, LocalDate asOf, Instant at,
            Parameters parameters) {
        return facts(Where.within(scope).equal("o.id", "operator", operatorId), asOf, at, parameters).stream()
                .findFirst();
    }

    /**
     * The facts of every operator {@code scope} lets its caller see, optionally of one sector and of one region
     * (a prefix of the division code), as of {@code asOf}, by name.
     *
     * @param at the instant the records are read as of: the end of {@code asOf} in Asia/Shanghai, or now for today
     */
    public List<OperatorFacts> facts(SqlPredicate scope, String sector, String regionPrefix, LocalDate asOf,
            Instant at, Parameters parameters) {
        return facts(Where.within(scope).when(sector, ":sector = any(o.sectors)", "sector")
                .when(regionPrefix == null ? null : regionPrefix + "%", "o.region_code like :region", "region"),
                asOf, at, parameters);
    }

    private List<OperatorFacts> facts(Where where, LocalDate asOf, Instant at, Parameters parameters) {
        Instant lookbackFrom = asOf.minusMonths(parameters.lateReportLookbackMonths()).atStartOfDay(LegalTime.ZONE)
                .toInstant();
        return jdbc.sql(SQL + where.sql() + " order by o.name, o.id")
                .params(where.params())
                .param("asOf", asOf)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("lookbackFrom", OffsetDateTime.ofInstant(lookbackFrom, ZoneOffset.UTC))
                .param("assessmentMonths", parameters.assessmentMonths())
                .param("changeReportDays", parameters.changeReportDays())
                .param("corporateChangeDays", parameters.corporateChangeDays())
                .param("warningGraceDays", parameters.warningResponseGraceDays())
                .query((rs, n) -> map(rs)).list();
    }

    private static OperatorFacts map(ResultSet rs) throws SQLException {
        return new OperatorFacts(uuid(rs, "id"), rs.getString("name"), rs.getString("name_en"),
                rs.getString("region_code"), Rows.strings(rs, "sectors"),
                rs.getLong("cii_assets"), date(rs, "first_cii_on"),
                rs.getLong("late_change_reports"), date(rs, "late_change_since"), ids(rs, "late_change_ids"),
                rs.getLong("without_measures"), date(rs, "measures_missing_since"), ids(rs, "measures_missing_ids"),
                date(rs, "last_measure_on"),
                date(rs, "protection_due"), date(rs, "responsibility_due"), date(rs, "plan_due"),
                date(rs, "emergency_due"), date(rs, "data_due"), date(rs, "service_due"), date(rs, "last_approved_on"),
                date(rs, "institution_on"), rs.getString("head_name"),
                rs.getLong("key_positions"), rs.getLong("unreviewed_positions"), date(rs, "unreviewed_since"),
                rs.getBoolean("head_reviewed"), rs.getLong("barred_in_position"), date(rs, "barred_since"),
                date(rs, "last_review_on"),
                rs.getLong("decisions"), rs.getLong("decisions_without"), date(rs, "decisions_without_since"),
                date(rs, "last_drill"), date(rs, "last_training"), (Integer) rs.getObject("drill_months"),
                rs.getLong("assessments_overdue"), date(rs, "assessment_overdue_since"),
                date(rs, "next_assessment_due"), ids(rs, "overdue_asset_ids"), date(rs, "last_accepted_on"),
                rs.getLong("findings_overdue"), date(rs, "findings_overdue_since"), date(rs, "next_finding_due"),
                ids(rs, "overdue_assessment_ids"),
                rs.getLong("purchases"), rs.getLong("agreement_missing"), date(rs, "agreement_missing_since"),
                ids(rs, "agreement_missing_ids"), date(rs, "next_agreement_expiry"), date(rs, "last_agreement_on"),
                rs.getLong("changes_late"), date(rs, "changes_late_since"), rs.getLong("changes_overdue"),
                date(rs, "changes_overdue_since"), date(rs, "next_change_due"), ids(rs, "change_ids"),
                rs.getLong("late_reports"), date(rs, "late_reports_since"), ids(rs, "late_incident_ids"),
                rs.getLong("pending_reports"), date(rs, "next_report_due"),
                rs.getLong("used_without_review"), rs.getBigDecimal("used_without_review_amount"),
                date(rs, "used_without_review_since"), ids(rs, "used_without_review_ids"),
                rs.getLong("awaiting_review"), rs.getLong("used_before_review_passed"),
                (Integer) rs.getObject("latest_budget_year"), rs.getLong("open_changes"),
                rs.getLong("changes_awaiting_requirements"), rs.getLong("warnings_matched"),
                rs.getLong("warnings_unanswered"), date(rs, "warnings_unanswered_since"),
                rs.getLong("non_cooperation"), date(rs, "non_cooperation_since"), ids(rs, "non_cooperation_ids"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return UUID.fromString(rs.getString(column));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<UUID> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> o instanceof UUID u ? u : UUID.fromString(
                o.toString())).toList();
    }
}
