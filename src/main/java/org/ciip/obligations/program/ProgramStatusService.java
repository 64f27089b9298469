package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where each operator stands on each duty of Chapter III: one set-based query reads the program records of any number
 * of operators, and each duty becomes MET, DUE_SOON (due within 30 days, or needed before a next step), NOT_MET or
 * NOT_APPLICABLE, with the article that sets it, the Art. 39-41 item its breach falls under, and what is due next.
 */
@Service
public class ProgramStatusService {

    /** How far ahead a due date makes a duty DUE_SOON. */
    public static final int DUE_SOON_DAYS = 30;
    /**
     * Drills are held at least once a year (Art. 15(3): "regularly") unless the protection department set another
     * interval for the operator (table {@code drill_interval}); training likewise yearly (Art. 15(5)).
     */
    public static final int ACTIVITY_INTERVAL_MONTHS = 12;

    public enum Status { MET, DUE_SOON, NOT_MET, NOT_APPLICABLE }

    /**
     * @param key       the duty, e.g. {@code ASSESSMENT}
     * @param article   the article that sets it, e.g. "17"
     * @param liability the Art. 39-41 item a breach falls under, e.g. "39(8)"; null where Chapter V names none
     * @param section   the anchor of the program page where its records are
     */
    public record Duty(String key, String article, String liability, Status status, String detail,
            LocalDate nextDue, String section) {
    }

    public record OperatorProgram(UUID operatorId, String operatorName, String regionCode, List<String> sectors,
            List<Duty> duties) {

        public long count(Status status) {
            return duties.stream().filter(d -> d.status() == status).count();
        }

        public long notMet() {
            return count(Status.NOT_MET);
        }

        public long dueSoon() {
            return count(Status.DUE_SOON);
        }

        public long met() {
            return count(Status.MET);
        }

        public long notApplicable() {
            return count(Status.NOT_APPLICABLE);
        }
    }

    public record OverdueItem(UUID operatorId, String operatorName, Duty duty) {
    }

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final Clock clock;

    ProgramStatusService(JdbcClient jdbc, OperatorAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public OperatorProgram forOperator(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return evaluate("o.id = :op", Map.of("op", operatorId), today()).getFirst();
    }

    /** Every operator the actor may see, by name. */
    public List<OperatorProgram> forJurisdiction(Actor actor) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return evaluate(scope.sql(), scope.params(), today());
    }

    /** What is not met across the actor's operators, the longest overdue first. */
    public List<OverdueItem> overdue(Actor actor) {
        List<OverdueItem> items = new ArrayList<>();
        for (OperatorProgram program : forJurisdiction(actor)) {
            program.duties().stream().filter(d -> d.status() == Status.NOT_MET)
                    .forEach(d -> items.add(new OverdueItem(program.operatorId(), program.operatorName(), d)));
        }
        items.sort(Comparator.comparing((OverdueItem i) -> i.duty().nextDue() == null ? LocalDate.MIN
                : i.duty().nextDue()).thenComparing(OverdueItem::operatorName));
        return items;
    }

    private static final String QUERY = """
            select o.id, o.name, o.region_code, o.sectors,
              inst.head_name is not null as has_institution, inst.head_name,
              (select count(*) from key_position k where k.operator_id = o.id) as key_positions,
              (select count(*) from key_position k where k.operator_id = o.id and not exists (
                 select 1 from background_review r where r.operator_id = o.id and lower(r.position) = lower(k.title)
                 and r.status = 'APPROVED' and r.alerted_at is null)) as unreviewed_positions,
              exists (select 1 from background_review r join program_person p on p.id = r.person_id
                 where r.operator_id = o.id and p.name = inst.head_name and r.status = 'APPROVED'
                 and r.alerted_at is null) as head_reviewed,
              (select count(*) from background_review r where r.operator_id = o.id and r.status = 'APPROVED'
                 and r.alerted_at is not null) as barred_in_position,
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
            from organization o
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
                 count(*) filter (where not exists (select 1 from asset_measure m where m.asset_id = a.id
                    and m.stage = 'USE')) as without_use_measures,
                 count(*) filter (where due.on_ < :today) as assessments_overdue,
                 min(due.on_) as next_assessment_due
               from asset a
               cross join lateral (select (coalesce(
                   (select max(s.ended_on) from assessment s where s.asset_id = a.id and s.status = 'ACCEPTED'),
                   (select min((i.decided_at at time zone 'Asia/Shanghai')::date) from identification i
                      where i.asset_id = a.id and i.decision = 'CII'),
                   :today) + interval '12 months')::date as on_) due
               where a.operator_id = o.id and a.cii_status = 'CII') cii on true
            left join lateral (select count(*) as purchases,
                 count(*) filter (where p.may_affect_national_security and p.in_use_since is not null
                    and (p.review_passed_on is null or p.review_passed_on > p.in_use_since)) as used_before_review,
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

    private List<OperatorProgram> evaluate(String condition, Map<String, Object> params, LocalDate today) {
        return jdbc.sql(QUERY + condition + " order by o.name").params(params).param("today", today)
                .query((rs, n) -> map(rs, today)).list();
    }

    private OperatorProgram map(ResultSet rs, LocalDate today) throws SQLException {
        List<Duty> duties = new ArrayList<>();
        boolean institution = rs.getBoolean("has_institution");
        duties.add(new Duty("INSTITUTION", "14", "39(4)", institution ? Status.MET : Status.NOT_MET,
                institution ? "Established; headed by " + rs.getString("head_name")
                        : "No security management institution recorded", null, "institution"));

        long keyPositions = rs.getLong("key_positions");
        duties.add(new Duty("KEY_POSITIONS", "15(4)", "39(7)", keyPositions > 0 ? Status.MET : Status.NOT_MET,
                keyPositions + " key network security positions identified", null, "people"));

        long unreviewed = rs.getLong("unreviewed_positions");
        long barred = rs.getLong("barred_in_position");
        boolean headReviewed = rs.getBoolean("head_reviewed");
        Status reviews = barred > 0 ? Status.NOT_MET : !institution && keyPositions == 0 ? Status.NOT_APPLICABLE
                : unreviewed == 0 && barred == 0 && (headReviewed || !institution) && keyPositions > 0 ? Status.MET
                : Status.NOT_MET;
        List<String> reviewGaps = new ArrayList<>();
        if (institution && !headReviewed) {
            reviewGaps.add("the head of the institution has no approved background review");
        }
        if (unreviewed > 0) {
            reviewGaps.add(unreviewed + " key positions without an approved review");
        }
        if (barred > 0) {
            reviewGaps.add(barred + " persons in key positions are now barred (Art. 43 para 3)");
        }
        duties.add(new Duty("BACKGROUND_REVIEWS", "14", "39(5)", reviews,
                reviewGaps.isEmpty() ? (reviews == Status.MET ? "Head and every key position reviewed"
                        : "Record the institution and its key positions first") : String.join("; ", reviewGaps),
                null, "people"));

        Integer latestYear = (Integer) rs.getObject("latest_year");
        int year = today.getYear();
        duties.add(new Duty("RESOURCES", "16", null,
                latestYear != null && latestYear >= year ? Status.MET
                        : latestYear != null && latestYear == year - 1 ? Status.DUE_SOON : Status.NOT_MET,
                latestYear == null ? "No budget and staffing recorded" : "Budget and staffing recorded for " + latestYear,
                null, "institution"));

        long decisions = rs.getLong("decisions");
        long without = rs.getLong("decisions_without_institution");
        duties.add(new Duty("DECISIONS", "16", "39(6)",
                decisions == 0 ? Status.NOT_APPLICABLE : without == 0 ? Status.MET : Status.NOT_MET,
                decisions == 0 ? "No security or informatization decisions logged"
                        : without + " of " + decisions + " decisions taken without the institution", null,
                "decisions"));

        LocalDate protection = rs.getObject("protection_due", LocalDate.class);
        LocalDate responsibility = rs.getObject("responsibility_due", LocalDate.class);
        duties.add(documentDuty("PROTECTION_SYSTEMS", "13", "39(3)", today,
                protection == null || responsibility == null ? null
                        : protection.isBefore(responsibility) ? protection : responsibility,
                "the network security protection system and the responsibility system"));
        duties.add(documentDuty("SECURITY_PLAN", "15(1)", "39(7)", today, rs.getObject("plan_due", LocalDate.class),
                "the CII security protection plan"));

        LocalDate emergency = rs.getObject("emergency_due", LocalDate.class);
        LocalDate lastDrill = rs.getObject("last_drill", LocalDate.class);
        Duty plan = documentDuty("EMERGENCY_PLAN", "15(3)", "39(7)", today, emergency, "the emergency plan");
        Integer drillMonths = (Integer) rs.getObject("drill_months");
        duties.add(activityDuty(plan, "DRILLS", lastDrill, today, "drill",
                drillMonths == null ? ACTIVITY_INTERVAL_MONTHS : drillMonths));
        duties.add(activityDuty(null, "TRAINING", rs.getObject("last_training", LocalDate.class), today, "training",
                ACTIVITY_INTERVAL_MONTHS));
        duties.add(documentDuty("DATA_PROTECTION", "15(6)", "39(7)", today, rs.getObject("data_due", LocalDate.class),
                "the personal information and data protection system"));
        duties.add(documentDuty("SERVICE_SECURITY", "15(7)", "39(7)", today,
                rs.getObject("service_due", LocalDate.class),
                "security management of design, construction, operation and maintenance services"));

        long ciiAssets = rs.getLong("cii_assets");
        long withoutMeasures = rs.getLong("without_use_measures");
        duties.add(new Duty("SYNCHRONOUS_PLANNING", "12", "39(2)",
                ciiAssets == 0 ? Status.NOT_APPLICABLE : withoutMeasures == 0 ? Status.MET : Status.NOT_MET,
                ciiAssets == 0 ? "No CII identified" : withoutMeasures + " of " + ciiAssets
                        + " CII assets in use without signed-off security measures", null, "planning"));

        long assessmentsOverdue = rs.getLong("assessments_overdue");
        long findingsOverdue = rs.getLong("findings_overdue");
        LocalDate nextAssessment = rs.getObject("next_assessment_due", LocalDate.class);
        LocalDate nextFinding = rs.getObject("next_finding_due", LocalDate.class);
        LocalDate next = nextAssessment == null ? nextFinding : nextFinding == null ? nextAssessment
                : nextAssessment.isBefore(nextFinding) ? nextAssessment : nextFinding;
        Status assessment = ciiAssets == 0 ? Status.NOT_APPLICABLE
                : assessmentsOverdue > 0 || findingsOverdue > 0 ? Status.NOT_MET
                : next != null && !next.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Status.DUE_SOON : Status.MET;
        duties.add(new Duty("ASSESSMENT", "17", "39(8)", assessment,
                ciiAssets == 0 ? "No CII identified" : assessmentsOverdue + " CII assets overdue for their yearly "
                        + "assessment; " + findingsOverdue + " findings past their rectification date", next,
                "assessments"));

        long purchases = rs.getLong("purchases");
        long usedBefore = rs.getLong("used_before_review");
        long pending = rs.getLong("review_pending");
        duties.add(new Duty("PROCUREMENT_REVIEW", "19", "41",
                purchases == 0 ? Status.NOT_APPLICABLE : usedBefore > 0 ? Status.NOT_MET
                        : pending > 0 ? Status.DUE_SOON : Status.MET,
                purchases == 0 ? "No purchases recorded" : usedBefore + " purchases in use without a passed security "
                        + "review; " + pending + " awaiting review before use", null, "procurement"));
        long agreementMissing = rs.getLong("agreement_missing");
        duties.add(new Duty("AGREEMENTS", "20", "39(9)",
                purchases == 0 ? Status.NOT_APPLICABLE : agreementMissing == 0 ? Status.MET : Status.NOT_MET,
                purchases == 0 ? "No purchases recorded" : agreementMissing + " of " + purchases
                        + " purchases without a security and confidentiality agreement in force", null,
                "procurement"));

        long openChanges = rs.getLong("open_changes");
        long changesOverdue = rs.getLong("changes_overdue");
        LocalDate nextChange = rs.getObject("next_change_due", LocalDate.class);
        duties.add(new Duty("CORPORATE_CHANGES", "21", "39(10)",
                openChanges == 0 ? Status.NOT_APPLICABLE : changesOverdue > 0 ? Status.NOT_MET
                        : nextChange != null && !nextChange.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Status.DUE_SOON
                        : Status.MET,
                openChanges == 0 ? "No open merger, division or dissolution" : openChanges + " open; "
                        + rs.getLong("changes_awaiting_requirements") + " awaiting the department's requirements; "
                        + changesOverdue + " past the department's date", nextChange, "changes"));

        return new OperatorProgram(UUID.fromString(rs.getString("id")), rs.getString("name"),
                rs.getString("region_code"), List.of((String[]) rs.getArray("sectors").getArray()), duties);
    }

    private static Duty documentDuty(String key, String article, String liability, LocalDate today, LocalDate reviewDue,
            String what) {
        if (reviewDue == null) {
            return new Duty(key, article, liability, Status.NOT_MET, "No approved " + what, null, "documents");
        }
        Status status = reviewDue.isBefore(today) ? Status.NOT_MET
                : !reviewDue.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Status.DUE_SOON : Status.MET;
        return new Duty(key, article, liability, status, "Approved " + what + "; review due " + reviewDue,
                reviewDue, "documents");
    }

    /**
     * Drills need an approved emergency plan too (Art. 15(3)); the worse of the two decides. Drills are due every
     * {@code months}: yearly unless the protection department set another interval.
     */
    private static Duty activityDuty(Duty plan, String key, LocalDate last, LocalDate today, String what,
            int months) {
        String article = key.equals("DRILLS") ? "15(3)" : "15(5)";
        LocalDate due = last == null ? null : last.plusMonths(months);
        Status status = due == null || due.isBefore(today) ? Status.NOT_MET
                : !due.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Status.DUE_SOON : Status.MET;
        String detail = last == null ? "No " + what + " recorded" : "Last " + what + " on " + last + "; next due " + due;
        if (plan != null) {
            if (plan.status().ordinal() > status.ordinal()) {
                status = plan.status();
            }
            detail = plan.detail() + "; " + detail;
            due = due == null ? plan.nextDue() : plan.nextDue() == null || due.isBefore(plan.nextDue()) ? due
                    : plan.nextDue();
        }
        return new Duty(key, article, "39(7)", status, detail, due, "activities");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
    }
}
