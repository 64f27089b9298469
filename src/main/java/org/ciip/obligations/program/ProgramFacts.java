package org.ciip.obligations.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.SqlPredicate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one statement that reads the program records of any set of operators for their duty statuses
 * ({@link ProgramStatusService}): each operator a row, each duty's facts aggregates over that operator's records. CII
 * assets are identification's ({@code identification_cii_assets}), operators the registry's view.
 */
@Repository
class ProgramFacts {

    private static final String QUERY = """
            select o.id, o.name, o.region_code, o.sectors,
              inst.head_name is not null as has_institution, inst.head_name,
              (select count(*) from key_position k where k.operator_id = o.id) as key_positions,
              (select count(*) from key_position k where k.operator_id = o.id and not exists (
                 select 1 from background_review r where r.operator_id = o.id and lower(r.position) = lower(k.title)
                 and r.status = 'APPROVED')) as unreviewed_positions,
              exists (select 1 from background_review r join program_person p on p.id = r.person_id
                 where r.operator_id = o.id and p.name = inst.head_name and r.status = 'APPROVED') as head_reviewed,
              (select count(*) from background_review r where r.operator_id = o.id and r.status = 'APPROVED'
                 and r.alerted_at is not null and (r.barred_for_life or r.barred_until >= :today))
                 as barred_in_position,
              (select max(year) from institution_year y where y.operator_id = o.id) as latest_year,
              (select count(*) from security_decision d where d.operator_id = o.id) as decisions,
              (select count(*) from security_decision d where d.operator_id = o.id and d.participant is null)
                 as decisions_without_institution,
              docs.protection_due, docs.responsibility_due, docs.plan_due, docs.emergency_due, docs.data_due,
              docs.service_due,
              (select max(held_on) from program_activity a where a.operator_id = o.id and a.kind = 'DRILL') as last_drill,
              (select di.months from drill_interval di where di.operator_id = o.id) as drill_months,
              (select max(held_on) from program_activity a where a.operator_id = o.id and a.kind = 'TRAINING')
                 as last_training,
              cii.assets as cii_assets, cii.without_use_measures, cii.assessments_overdue, cii.next_assessment_due,
              (select count(*) from assessment_finding f join assessment s on s.id = f.assessment_id
                 where s.operator_id = o.id and f.status <> 'RECTIFIED' and f.due_on < :today) as findings_overdue,
              (select min(f.due_on) from assessment_finding f join assessment s on s.id = f.assessment_id
                 where s.operator_id = o.id and f.status <> 'RECTIFIED') as next_finding_due,
              buy.purchases, buy.used_before_review, buy.review_pending, buy.agreement_missing,
              chg.open_changes, chg.changes_overdue, chg.changes_awaiting_requirements, chg.next_change_due
            from registry_organization o
            left join security_institution inst on inst.operator_id = o.id
            left join lateral (select
                 max(review_due) filter (where kind = 'PROTECTION_SYSTEM') as protection_due,
                 max(review_due) filter (where kind = 'RESPONSIBILITY_SYSTEM') as responsibility_due,
                 max(review_due) filter (where kind = 'SECURITY_PLAN') as plan_due,
                 max(review_due) filter (where kind = 'EMERGENCY_PLAN') as emergency_due,
                 max(review_due) filter (where kind = 'DATA_PROTECTION_SYSTEM') as data_due,
                 max(review_due) filter (where kind = 'SERVICE_SECURITY_MANAGEMENT') as service_due
               from program_document d where d.operator_id = o.id and d.approved_on is not null) docs on true
            left join lateral (select count(*) as assets,
                 count(*) filter (where not exists (select 1 from asset_measure m where m.asset_id = c.asset_id
                    and m.stage = 'USE')) as without_use_measures,
                 count(*) filter (where due.on_ < :today) as assessments_overdue,
                 min(due.on_) as next_assessment_due
               from identification_cii_assets(:now) c
               cross join lateral (select (coalesce(
                   (select max(s.ended_on) from assessment s where s.asset_id = c.asset_id and s.status = 'ACCEPTED'),
                   c.cii_on, :today) + make_interval(months => :assessmentMonths))::date as on_) due
               where c.operator_id = o.id) cii on true
            left join lateral (select count(*) as purchases,
                 count(*) filter (where p.may_affect_national_security and p.in_use_since is not null
                    and p.review_status <> 'PASSED') as used_before_review,
                 count(*) filter (where p.may_affect_national_security and p.in_use_since is null
                    and p.review_status <> 'PASSED') as review_pending,
                 count(*) filter (where not exists (select 1 from supplier_agreement g where g.purchase_id = p.id
                    and (g.expires_on is null or g.expires_on >= :today))) as agreement_missing
               from purchase p where p.operator_id = o.id) buy on true
            left join lateral (select count(*) filter (where c.status <> 'COMPLETED') as open_changes,
                 count(*) filter (where c.status = 'REQUIREMENTS_SET' and c.requirements_due < :today) as changes_overdue,
                 count(*) filter (where c.status = 'REPORTED') as changes_awaiting_requirements,
                 min(c.requirements_due) filter (where c.status = 'REQUIREMENTS_SET') as next_change_due
               from corporate_change c where c.operator_id = o.id) chg on true
            where o.kind = 'OPERATOR' and\s""";

    private final JdbcClient jdbc;

    ProgramFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operator with this id. */
    static SqlPredicate operator(UUID operatorId) {
        return new SqlPredicate("o.id = :programOperator", Map.of("programOperator", operatorId));
    }

    /** A row per operator that {@code operators} selects, by name, mapped by {@code mapper}. */
    <T> List<T> evaluate(SqlPredicate operators, LocalDate today, Instant now, int assessmentMonths,
            RowMapper<T> mapper) {
        return jdbc.sql(QUERY + operators.sql() + " order by o.name").params(operators.params())
                .param("today", today).param("now", Timestamp.from(now)).param("assessmentMonths", assessmentMonths)
                .query(mapper).list();
    }
}
