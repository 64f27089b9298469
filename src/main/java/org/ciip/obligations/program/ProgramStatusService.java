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
import org.ciip.compliance.CompliancePeriods;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.springframework.stereotype.Service;

/**
 * Where each operator stands on each duty of Chapter III: one set-based query reads the program records of any number
 * of operators, and each duty becomes MET, DUE_SOON (due within the window of {@link CompliancePeriods}, 30 days, or
 * needed before a next step), NOT_MET or NOT_APPLICABLE, with the article that sets it, the Art. 39-41 item its breach
 * falls under, and what is due next.
 */
@Service
public class ProgramStatusService {

    public enum Status { MET, DUE_SOON, NOT_MET, NOT_APPLICABLE }

    /**
     * @param key       the duty, e.g. {@code ASSESSMENT}
     * @param article   the article that sets it, e.g. "17"
     * @param liability the Art. 39-41 item a breach falls under, e.g. "39(8)"; null where Chapter V names none
     * @param section   the anchor of the program page where its records are
     */
    public record Duty(String key, String article, String liability, Status status, String detail,
            LocalDate nextDue, String section, List<Detail> parts) {
    }

    /**
     * One part of a duty's detail as a message ({@code dutyDetail.*}) with its arguments; document and activity kinds
     * among the arguments are shown by their labels. {@link Duty#detail()} is the English text of the parts.
     */
    public record Detail(String code, List<Object> args) {
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

    private final ProgramFacts facts;
    private final OperatorAccess access;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final CompliancePeriods periods;

    ProgramStatusService(ProgramFacts facts, OperatorAccess access, Clock clock,
            org.springframework.context.MessageSource messages, CompliancePeriods periods) {
        this.periods = periods;
        this.facts = facts;
        this.access = access;
        this.clock = clock;
        this.messages = messages;
    }

    /** The detail of a duty in a language: its parts, localized and joined. */
    public String text(Duty duty, java.util.Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return String.join(chinese ? "；" : "; ", duty.parts().stream().map(p -> messages.getMessage(p.code(),
                p.args().stream().map(a -> label(a, locale)).toArray(), p.code(), locale)).toList());
    }

    private Object label(Object arg, java.util.Locale locale) {
        if (arg instanceof List<?> kinds) {
            return String.join(" / ", kinds.stream().map(k -> label(k, locale).toString()).toList());
        }
        if (arg instanceof String kind && kind.matches("[A-Z_]+")) {
            String prefix = kind.equals("DRILL") || kind.equals("TRAINING") ? "activityKind." : "documentKind.";
            String labelled = messages.getMessage(prefix + kind, null, null, locale);
            return labelled == null ? kind : labelled;
        }
        return arg instanceof LocalDate date ? date.toString() : arg;
    }

    private Duty duty(String key, String article, String liability, Status status, LocalDate nextDue, String section,
            Detail... parts) {
        Duty unworded = new Duty(key, article, liability, status, null, nextDue, section, List.of(parts));
        return new Duty(key, article, liability, status, text(unworded, java.util.Locale.ENGLISH), nextDue, section,
                List.of(parts));
    }

    private static Detail d(String code, Object... args) {
        return new Detail("dutyDetail." + code, java.util.Arrays.asList(args));
    }

    public OperatorProgram forOperator(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return evaluate(ProgramFacts.operator(operatorId), today()).getFirst();
    }

    /** Every operator the actor may see, by name. */
    public List<OperatorProgram> forJurisdiction(Actor actor) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return evaluate(scope, today());
    }

    /** The programs of operators whose name contains {@code q} (any case); all when it is blank. */
    public static List<OperatorProgram> named(List<OperatorProgram> programs, String q) {
        if (q == null || q.isBlank()) {
            return programs;
        }
        String needle = q.trim().toLowerCase(java.util.Locale.ROOT);
        return programs.stream().filter(p -> p.operatorName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                .toList();
    }

    /**
     * What is not met among these operators' programs (one duty, or all when {@code duty} is null), the longest
     * overdue first.
     */
    public static List<OverdueItem> overdue(List<OperatorProgram> programs, String duty) {
        List<OverdueItem> items = new ArrayList<>();
        for (OperatorProgram program : programs) {
            program.duties().stream().filter(d -> d.status() == Status.NOT_MET)
                    .filter(d -> duty == null || d.key().equals(duty))
                    .forEach(d -> items.add(new OverdueItem(program.operatorId(), program.operatorName(), d)));
        }
        items.sort(Comparator.comparing((OverdueItem i) -> i.duty().nextDue() == null ? LocalDate.MIN
                : i.duty().nextDue()).thenComparing(OverdueItem::operatorName));
        return items;
    }

    private List<OperatorProgram> evaluate(SqlPredicate operators, LocalDate today) {
        CompliancePeriods.Periods p = periods.current();
        return facts.evaluate(operators, today, clock.instant(), p.assessmentMonths(), (rs, n) -> map(rs, today, p));
    }

    private OperatorProgram map(ResultSet rs, LocalDate today, CompliancePeriods.Periods p) throws SQLException {
        LocalDate soon = today.plusDays(p.dueSoonDays());
        List<Duty> duties = new ArrayList<>();
        boolean institution = rs.getBoolean("has_institution");
        duties.add(duty("INSTITUTION", "14", "39(4)", institution ? Status.MET : Status.NOT_MET, null, "institution",
                institution ? d("institutionHeaded", rs.getString("head_name")) : d("noInstitution")));

        long keyPositions = rs.getLong("key_positions");
        duties.add(duty("KEY_POSITIONS", "15(4)", "39(7)", keyPositions > 0 ? Status.MET : Status.NOT_MET, null,
                "people", d("keyPositions", keyPositions)));

        long unreviewed = rs.getLong("unreviewed_positions");
        long barred = rs.getLong("barred_in_position");
        boolean headReviewed = rs.getBoolean("head_reviewed");
        Status reviews = barred > 0 ? Status.NOT_MET : !institution && keyPositions == 0 ? Status.NOT_APPLICABLE
                : unreviewed == 0 && barred == 0 && (headReviewed || !institution) && keyPositions > 0 ? Status.MET
                : Status.NOT_MET;
        List<Detail> reviewGaps = new ArrayList<>();
        if (institution && !headReviewed) {
            reviewGaps.add(d("headNotReviewed"));
        }
        if (unreviewed > 0) {
            reviewGaps.add(d("positionsNotReviewed", unreviewed));
        }
        if (barred > 0) {
            reviewGaps.add(d("barredInPosition", barred));
        }
        if (reviewGaps.isEmpty()) {
            reviewGaps.add(reviews == Status.MET ? d("allReviewed") : d("recordInstitutionFirst"));
        }
        duties.add(duty("BACKGROUND_REVIEWS", "14", "39(5)", reviews, null, "people",
                reviewGaps.toArray(Detail[]::new)));

        Integer latestYear = (Integer) rs.getObject("latest_year");
        int year = today.getYear();
        duties.add(duty("RESOURCES", "16", null,
                latestYear != null && latestYear >= year ? Status.MET
                        : latestYear != null && latestYear == year - 1 ? Status.DUE_SOON : Status.NOT_MET,
                null, "institution", latestYear == null ? d("noBudget") : d("budgetFor", String.valueOf(latestYear))));

        long decisions = rs.getLong("decisions");
        long without = rs.getLong("decisions_without_institution");
        duties.add(duty("DECISIONS", "16", "39(6)",
                decisions == 0 ? Status.NOT_APPLICABLE : without == 0 ? Status.MET : Status.NOT_MET, null,
                "decisions", decisions == 0 ? d("noDecisions") : d("decisionsWithout", without, decisions)));

        LocalDate protection = rs.getObject("protection_due", LocalDate.class);
        LocalDate responsibility = rs.getObject("responsibility_due", LocalDate.class);
        duties.add(documentDuty("PROTECTION_SYSTEMS", "13", "39(3)", today, soon,
                protection == null || responsibility == null ? null
                        : protection.isBefore(responsibility) ? protection : responsibility,
                List.of("PROTECTION_SYSTEM", "RESPONSIBILITY_SYSTEM")));
        duties.add(documentDuty("SECURITY_PLAN", "15(1)", "39(7)", today, soon, rs.getObject("plan_due", LocalDate.class),
                "SECURITY_PLAN"));

        LocalDate emergency = rs.getObject("emergency_due", LocalDate.class);
        LocalDate lastDrill = rs.getObject("last_drill", LocalDate.class);
        Duty plan = documentDuty("EMERGENCY_PLAN", "15(3)", "39(7)", today, soon, emergency, "EMERGENCY_PLAN");
        Integer drillMonths = (Integer) rs.getObject("drill_months");
        duties.add(activityDuty(plan, "DRILLS", lastDrill, today, "DRILL",
                drillMonths == null ? p.activityMonths() : drillMonths, soon));
        duties.add(activityDuty(null, "TRAINING", rs.getObject("last_training", LocalDate.class), today, "TRAINING",
                p.activityMonths(), soon));
        duties.add(documentDuty("DATA_PROTECTION", "15(6)", "39(7)", today, soon, rs.getObject("data_due", LocalDate.class),
                "DATA_PROTECTION_SYSTEM"));
        duties.add(documentDuty("SERVICE_SECURITY", "15(7)", "39(7)", today, soon,
                rs.getObject("service_due", LocalDate.class), "SERVICE_SECURITY_MANAGEMENT"));

        long ciiAssets = rs.getLong("cii_assets");
        long withoutMeasures = rs.getLong("without_use_measures");
        duties.add(duty("SYNCHRONOUS_PLANNING", "12", "39(2)",
                ciiAssets == 0 ? Status.NOT_APPLICABLE : withoutMeasures == 0 ? Status.MET : Status.NOT_MET, null,
                "planning", ciiAssets == 0 ? d("noCii") : d("withoutMeasures", withoutMeasures, ciiAssets)));

        long assessmentsOverdue = rs.getLong("assessments_overdue");
        long findingsOverdue = rs.getLong("findings_overdue");
        LocalDate nextAssessment = rs.getObject("next_assessment_due", LocalDate.class);
        LocalDate nextFinding = rs.getObject("next_finding_due", LocalDate.class);
        LocalDate next = nextAssessment == null ? nextFinding : nextFinding == null ? nextAssessment
                : nextAssessment.isBefore(nextFinding) ? nextAssessment : nextFinding;
        Status assessment = ciiAssets == 0 ? Status.NOT_APPLICABLE
                : assessmentsOverdue > 0 || findingsOverdue > 0 ? Status.NOT_MET
                : next != null && !next.isAfter(soon) ? Status.DUE_SOON : Status.MET;
        duties.add(duty("ASSESSMENT", "17", "39(8)", assessment, next, "assessments",
                ciiAssets == 0 ? d("noCii") : d("assessments", assessmentsOverdue, findingsOverdue)));

        long purchases = rs.getLong("purchases");
        long usedBefore = rs.getLong("used_before_review");
        long pending = rs.getLong("review_pending");
        duties.add(duty("PROCUREMENT_REVIEW", "19", "41",
                purchases == 0 ? Status.NOT_APPLICABLE : usedBefore > 0 ? Status.NOT_MET
                        : pending > 0 ? Status.DUE_SOON : Status.MET, null, "procurement",
                purchases == 0 ? d("noPurchases") : d("reviews", usedBefore, pending)));
        long agreementMissing = rs.getLong("agreement_missing");
        duties.add(duty("AGREEMENTS", "20", "39(9)",
                purchases == 0 ? Status.NOT_APPLICABLE : agreementMissing == 0 ? Status.MET : Status.NOT_MET, null,
                "procurement", purchases == 0 ? d("noPurchases") : d("agreementsMissing", agreementMissing,
                        purchases)));

        long openChanges = rs.getLong("open_changes");
        long changesOverdue = rs.getLong("changes_overdue");
        LocalDate nextChange = rs.getObject("next_change_due", LocalDate.class);
        duties.add(duty("CORPORATE_CHANGES", "21", "39(10)",
                openChanges == 0 ? Status.NOT_APPLICABLE : changesOverdue > 0 ? Status.NOT_MET
                        : nextChange != null && !nextChange.isAfter(soon) ? Status.DUE_SOON
                        : Status.MET, nextChange, "changes",
                openChanges == 0 ? d("noOpenChanges") : d("changes", openChanges,
                        rs.getLong("changes_awaiting_requirements"), changesOverdue)));

        return new OperatorProgram(UUID.fromString(rs.getString("id")), rs.getString("name"),
                rs.getString("region_code"), Rows.strings(rs, "sectors"), duties);
    }

    private Duty documentDuty(String key, String article, String liability, LocalDate today, LocalDate soon,
            LocalDate reviewDue, Object kinds) {
        if (reviewDue == null) {
            return duty(key, article, liability, Status.NOT_MET, null, "documents", d("documentMissing", kinds));
        }
        Status status = reviewDue.isBefore(today) ? Status.NOT_MET
                : !reviewDue.isAfter(soon) ? Status.DUE_SOON : Status.MET;
        return duty(key, article, liability, status, reviewDue, "documents", d("documentApproved", kinds, reviewDue));
    }

    /**
     * Drills need an approved emergency plan too (Art. 15(3)); the worse of the two decides. Drills are due every
     * {@code months}: yearly unless the protection department set another interval.
     */
    private Duty activityDuty(Duty plan, String key, LocalDate last, LocalDate today, String kind, int months,
            LocalDate soon) {
        String article = key.equals("DRILLS") ? "15(3)" : "15(5)";
        LocalDate due = last == null ? null : last.plusMonths(months);
        Status status = due == null || due.isBefore(today) ? Status.NOT_MET
                : !due.isAfter(soon) ? Status.DUE_SOON : Status.MET;
        List<Detail> parts = new ArrayList<>();
        if (plan != null) {
            if (plan.status().ordinal() > status.ordinal()) {
                status = plan.status();
            }
            parts.addAll(plan.parts());
            due = due == null ? plan.nextDue() : plan.nextDue() == null || due.isBefore(plan.nextDue()) ? due
                    : plan.nextDue();
        }
        parts.add(last == null ? d("activityMissing", kind) : d("activityLast", kind, last, last.plusMonths(months)));
        return duty(key, article, "39(7)", status, due, "activities", parts.toArray(Detail[]::new));
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }
}
