package org.ciip.obligations.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.compliance.CompliancePeriods;
import org.ciip.compliance.OperatorFacts;
import org.ciip.compliance.ProgramDuties;
import org.ciip.compliance.ProgramDuties.OperatorDuties;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.SqlPredicate;
import org.springframework.stereotype.Service;

/**
 * Where each operator stands on each duty of Chapter III: the compliance engine ({@link ProgramDuties}) reads the
 * records of any number of operators in one set-based query and judges each duty with the rules of its Art. 39-41
 * item, so this page and the compliance page cannot disagree; each duty is MET, DUE_SOON (due within the window of
 * {@link CompliancePeriods}, 30 days, or needed before a next step), NOT_MET or NOT_APPLICABLE, with the article that
 * sets it, the item its breach falls under, and what is due next.
 */
@Service
public class ProgramStatusService {

    public enum Status { MET, DUE_SOON, NOT_MET, NOT_APPLICABLE }

    /**
     * @param key       the duty, e.g. {@code ASSESSMENT}
     * @param article   the article that sets it, e.g. "17"
     * @param liability the Art. 39-41 item a breach falls under, e.g. "39(8)"; null where Chapter V names none
     * @param section   the anchor of the program page where its records are, or the path of the page that holds them
     *                  (starting with a slash)
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

    private final ProgramDuties duties;
    private final OperatorAccess access;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final CompliancePeriods periods;

    ProgramStatusService(ProgramDuties duties, OperatorAccess access, Clock clock,
            org.springframework.context.MessageSource messages, CompliancePeriods periods) {
        this.periods = periods;
        this.duties = duties;
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
        return evaluate(new SqlPredicate("o.id = :programOperator", Map.of("programOperator", operatorId)), today())
                .getFirst();
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
        return duties.evaluate(operators, today).stream().map(o -> map(o, today, p)).toList();
    }

    /**
     * The duties of one operator: each status is the compliance engine's (so the program page and the compliance page
     * read alike), except that a duty with nothing to do yet is NOT_APPLICABLE; the details word the same facts.
     */
    private OperatorProgram map(OperatorDuties judged, LocalDate today, CompliancePeriods.Periods p) {
        OperatorFacts f = judged.facts();
        java.util.function.Function<String, Status> engine = key -> switch (judged.duties().get(key)) {
            case MET -> Status.MET;
            case DUE_SOON -> Status.DUE_SOON;
            case NOT_MET -> Status.NOT_MET;
        };
        List<Duty> duties = new ArrayList<>();
        boolean institution = f.institutionOn() != null;
        duties.add(duty("INSTITUTION", "14", "39(4)", engine.apply("INSTITUTION"), null, "institution",
                institution ? d("institutionHeaded", f.headName()) : d("noInstitution")));
        duties.add(duty("KEY_POSITIONS", "15(4)", "39(7)", engine.apply("KEY_POSITIONS"), null, "people",
                d("keyPositions", f.keyPositions())));

        List<Detail> reviewGaps = new ArrayList<>();
        if (institution && !f.headReviewed()) {
            reviewGaps.add(d("headNotReviewed"));
        }
        if (f.unreviewedPositions() > 0) {
            reviewGaps.add(d("positionsNotReviewed", f.unreviewedPositions()));
        }
        if (f.barredInPosition() > 0) {
            reviewGaps.add(d("barredInPosition", f.barredInPosition()));
        }
        Status reviews = engine.apply("BACKGROUND_REVIEWS");
        if (reviewGaps.isEmpty()) {
            reviewGaps.add(reviews == Status.MET ? d("allReviewed") : d("recordInstitutionFirst"));
        }
        duties.add(duty("BACKGROUND_REVIEWS", "14", "39(5)", reviews, null, "people",
                reviewGaps.toArray(Detail[]::new)));

        // Art. 16 sets no liability item: the program page alone judges it, on the engine's fact
        Integer latestYear = f.latestBudgetYear();
        int year = today.getYear();
        duties.add(duty("RESOURCES", "16", null,
                latestYear != null && latestYear >= year ? Status.MET
                        : latestYear != null && latestYear == year - 1 ? Status.DUE_SOON : Status.NOT_MET,
                null, "institution", latestYear == null ? d("noBudget") : d("budgetFor", String.valueOf(latestYear))));

        duties.add(duty("DECISIONS", "16", "39(6)", applicable(engine.apply("DECISIONS"), f.decisions() > 0), null,
                "decisions", f.decisions() == 0 ? d("noDecisions")
                        : d("decisionsWithout", f.decisionsWithout(), f.decisions())));

        duties.add(documentDuty("PROTECTION_SYSTEMS", "13", "39(3)", engine.apply("PROTECTION_SYSTEMS"),
                earliest(f.protectionDue(), f.responsibilityDue()), f.protectionDue() != null
                        && f.responsibilityDue() != null, List.of("PROTECTION_SYSTEM", "RESPONSIBILITY_SYSTEM")));
        duties.add(documentDuty("SECURITY_PLAN", "15(1)", "39(7)", engine.apply("SECURITY_PLAN"), f.planDue(),
                f.planDue() != null, "SECURITY_PLAN"));

        int drillMonths = f.drillIntervalMonths() == null ? p.activityMonths() : f.drillIntervalMonths();
        List<Detail> drillParts = new ArrayList<>();
        drillParts.add(f.emergencyDue() == null ? d("documentMissing", "EMERGENCY_PLAN")
                : d("documentApproved", "EMERGENCY_PLAN", f.emergencyDue()));
        drillParts.add(activity(f.lastDrill(), "DRILL", drillMonths));
        duties.add(duty("DRILLS", "15(3)", "39(7)", engine.apply("DRILLS"),
                earliest(f.emergencyDue(), f.lastDrill() == null ? null : f.lastDrill().plusMonths(drillMonths)),
                "activities", drillParts.toArray(Detail[]::new)));
        duties.add(duty("TRAINING", "15(5)", "39(7)", engine.apply("TRAINING"),
                f.lastTraining() == null ? null : f.lastTraining().plusMonths(p.activityMonths()), "activities",
                activity(f.lastTraining(), "TRAINING", p.activityMonths())));
        duties.add(documentDuty("DATA_PROTECTION", "15(6)", "39(7)", engine.apply("DATA_PROTECTION"), f.dataDue(),
                f.dataDue() != null, "DATA_PROTECTION_SYSTEM"));
        duties.add(documentDuty("SERVICE_SECURITY", "15(7)", "39(7)", engine.apply("SERVICE_SECURITY"),
                f.serviceDue(), f.serviceDue() != null, "SERVICE_SECURITY_MANAGEMENT"));

        duties.add(duty("WARNING_RESPONSES", "15(2)", "39(7)",
                applicable(engine.apply("WARNING_RESPONSES"), f.warningsMatched() > 0), null, "/warnings",
                f.warningsMatched() == 0 ? d("noWarnings") : d("warnings", f.warningsUnanswered(), f.warningsMatched())));

        boolean cii = f.ciiAssets() > 0;
        duties.add(duty("SYNCHRONOUS_PLANNING", "12", "39(2)", applicable(engine.apply("SYNCHRONOUS_PLANNING"), cii),
                null, "planning", cii ? d("withoutMeasures", f.withoutMeasures(), f.ciiAssets()) : d("noCii")));
        duties.add(duty("ASSESSMENT", "17", "39(8)", applicable(engine.apply("ASSESSMENT"), cii),
                earliest(f.nextAssessmentDue(), f.nextFindingDue()), "assessments",
                cii ? d("assessments", f.assessmentsOverdue(), f.findingsOverdue()) : d("noCii")));

        boolean purchases = f.purchases() > 0;
        duties.add(duty("PROCUREMENT_REVIEW", "19", "41", applicable(engine.apply("PROCUREMENT_REVIEW"), purchases),
                null, "procurement", purchases ? d("reviews", f.usedWithoutReview(), f.awaitingReview())
                        : d("noPurchases")));
        duties.add(duty("AGREEMENTS", "20", "39(9)", applicable(engine.apply("AGREEMENTS"), purchases), null,
                "procurement", purchases ? d("agreementsMissing", f.agreementMissing(), f.purchases())
                        : d("noPurchases")));

        boolean changes = f.openChanges() > 0 || f.changesLate() > 0;
        duties.add(duty("CORPORATE_CHANGES", "21", "39(10)", applicable(engine.apply("CORPORATE_CHANGES"), changes),
                f.nextChangeDue(), "changes", changes ? d("changes", f.openChanges(), f.changesAwaitingRequirements(),
                        f.changesOverdue()) : d("noOpenChanges")));

        return new OperatorProgram(f.operatorId(), f.name(), f.regionCode(), f.sectors(), duties);
    }

    /** A duty the operator has nothing to do for yet is not applicable, unless the engine found it not met. */
    private static Status applicable(Status judged, boolean applies) {
        return applies || judged != Status.MET ? judged : Status.NOT_APPLICABLE;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private Duty documentDuty(String key, String article, String liability, Status status, LocalDate reviewDue,
            boolean approved, Object kinds) {
        return duty(key, article, liability, status, approved ? reviewDue : null, "documents",
                approved ? d("documentApproved", kinds, reviewDue) : d("documentMissing", kinds));
    }

    private static Detail activity(LocalDate last, String kind, int months) {
        return last == null ? d("activityMissing", kind) : d("activityLast", kind, last, last.plusMonths(months));
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }
}
