package org.ciip.compliance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.compliance.OperatorFacts;
import org.ciip.compliance.ProgramDuties.DutyStatus;

/**
 * The rules of Art. 39-42: one {@link ItemResult} per liability item from an operator's {@link OperatorFacts} on a
 * date. No Spring, no database: every decision here is a plain function of the facts and the {@link Parameters}.
 *
 * <p>An item is NON_COMPLIANT when a fact breaches it, AT_RISK when nothing does yet but a duty falls due within the
 * window (30 days), COMPLIANT otherwise, and NOT_APPLICABLE for an operator with no CII identified on the date.
 */
public final class ComplianceRules {

    /** The items, in the order of the Regulations. */
    public static final List<String> ARTICLES = List.of("39(1)", "39(2)", "39(3)", "39(4)", "39(5)", "39(6)",
            "39(7)", "39(8)", "39(9)", "39(10)", "40", "41", "42");

    /** An agreement with no expiry date is valid until this date in the query's answers. */
    static final LocalDate NO_EXPIRY = LocalDate.of(9999, 12, 31);

    private final Parameters parameters;

    public ComplianceRules(Parameters parameters) {
        this.parameters = parameters;
    }

    public List<ItemResult> evaluate(OperatorFacts f, LocalDate asOf) {
        return judge(f, asOf).items();
    }

    /**
     * The items of Art. 39-41 and, from the same facts that decide them, the status of each Chapter III duty of the
     * program page: a duty is NOT_MET when a fact that breaches its item is about it, DUE_SOON when a fact that puts
     * its item at risk is, MET otherwise. An operator with no CII has every item NOT_APPLICABLE, and its duties say
     * what it would owe.
     */
    public Judgement judge(OperatorFacts f, LocalDate asOf) {
        Map<String, DutyStatus> duties = new LinkedHashMap<>();
        List<ItemResult> items = items(f, asOf, duties);
        if (f.ciiAssets() == 0) {
            items = ARTICLES.stream().map(a -> new ItemResult(a, ComplianceStatus.NOT_APPLICABLE, null,
                    List.of(Fact.of("fact.noCii")), null)).toList();
        }
        return new Judgement(items, duties);
    }

    /** The items of Art. 39-41 and the statuses of the program's duties (by key, e.g. {@code DRILLS}). */
    public record Judgement(List<ItemResult> items, Map<String, DutyStatus> duties) {
    }

    private List<ItemResult> items(OperatorFacts f, LocalDate asOf, Map<String, DutyStatus> duties) {
        LocalDate cii = f.firstCiiOn();
        List<ItemResult> items = new ArrayList<>();

        Verdict v = new Verdict("39(1)", asOf, duties);
        if (f.lateChangeReports() > 0) {
            v.fail(Fact.of("fact.lateChangeReports", f.lateChangeReports(), parameters.changeReportDays())
                    .about("CHANGE_REPORT", f.lateChangeIds()), f.lateChangeSince());
        }
        v.ok(Fact.of("fact.changeReportsOnTime", parameters.changeReportDays()), cii);
        items.add(v.result());

        v = new Verdict("39(2)", asOf, duties).about("SYNCHRONOUS_PLANNING");
        if (f.withoutMeasures() > 0) {
            v.fail(Fact.of("fact.assetsWithoutMeasures", f.withoutMeasures(), f.ciiAssets())
                    .about("ASSET", f.measuresMissingIds()), f.measuresMissingSince());
        }
        v.ok(Fact.of("fact.assetsWithMeasures", f.ciiAssets()), latest(cii, f.lastMeasureOn()));
        items.add(v.result());

        v = new Verdict("39(3)", asOf, duties).about("PROTECTION_SYSTEMS");
        document(v, "PROTECTION_SYSTEM", f.protectionDue(), cii);
        document(v, "RESPONSIBILITY_SYSTEM", f.responsibilityDue(), cii);
        v.ok(Fact.of("fact.systemsInForce"), latest(cii, f.lastApprovedOn()));
        items.add(v.result());

        v = new Verdict("39(4)", asOf, duties).about("INSTITUTION");
        if (f.institutionOn() == null) {
            v.fail(Fact.of("fact.noInstitution").about("PROGRAM", List.of()), cii);
        } else {
            v.ok(Fact.of("fact.institutionSince", f.institutionOn()), f.institutionOn());
        }
        items.add(v.result());

        v = new Verdict("39(5)", asOf, duties).about("BACKGROUND_REVIEWS");
        if (f.barredInPosition() > 0) {
            v.fail(Fact.of("fact.barredInPosition", f.barredInPosition()).about("PROGRAM", List.of()),
                    f.barredSince());
        }
        if (f.institutionOn() == null && f.keyPositions() == 0) {
            v.fail(Fact.of("fact.nobodyToReview").about("PROGRAM", List.of()), cii);
        }
        if (f.institutionOn() != null && !f.headReviewed()) {
            v.fail(Fact.of("fact.headNotReviewed", f.headName()).about("PROGRAM", List.of()), f.institutionOn());
        }
        if (f.unreviewedPositions() > 0) {
            v.fail(Fact.of("fact.positionsNotReviewed", f.unreviewedPositions(), f.keyPositions())
                    .about("PROGRAM", List.of()), f.unreviewedSince());
        }
        v.ok(Fact.of("fact.allReviewed", f.keyPositions()), latest(cii, f.lastReviewOn()));
        items.add(v.result());

        v = new Verdict("39(6)", asOf, duties).about("DECISIONS");
        if (f.decisionsWithout() > 0) {
            v.fail(Fact.of("fact.decisionsWithoutInstitution", f.decisionsWithout(), f.decisions())
                    .about("PROGRAM", List.of()), f.decisionsWithoutSince());
        }
        v.ok(f.decisions() == 0 ? Fact.of("fact.noDecisionsLogged")
                : Fact.of("fact.decisionsWithInstitution", f.decisions()), cii);
        items.add(v.result());

        v = new Verdict("39(7)", asOf, duties);
        v.about("KEY_POSITIONS");
        if (f.keyPositions() == 0) {
            v.fail(Fact.of("fact.noKeyPositions").about("PROGRAM", List.of()), cii);
        }
        document(v.about("SECURITY_PLAN"), "SECURITY_PLAN", f.planDue(), cii);
        // drills need the emergency plan they rehearse (Art. 15(3))
        document(v.about("DRILLS"), "EMERGENCY_PLAN", f.emergencyDue(), cii);
        document(v.about("DATA_PROTECTION"), "DATA_PROTECTION_SYSTEM", f.dataDue(), cii);
        document(v.about("SERVICE_SECURITY"), "SERVICE_SECURITY_MANAGEMENT", f.serviceDue(), cii);
        activity(v.about("DRILLS"), "DRILL", f.lastDrill(), cii, f.drillIntervalMonths() == null
                ? parameters.activityMonths() : f.drillIntervalMonths());
        activity(v.about("TRAINING"), "TRAINING", f.lastTraining(), cii, parameters.activityMonths());
        // the platform's reading of Art. 15(2): a warning left unanswered is a risk to the item, never a breach
        v.about("WARNING_RESPONSES");
        if (f.warningsUnanswered() > 0) {
            v.risk(Fact.of("fact.warningsUnanswered", f.warningsUnanswered()).about("WARNING", List.of()),
                    f.warningsUnansweredSince());
        }
        v.ok(Fact.of("fact.institutionDutiesMet"),
                latest(latest(latest(cii, f.lastApprovedOn()), f.lastDrill()), f.lastTraining()));
        items.add(v.result());

        v = new Verdict("39(8)", asOf, duties).about("ASSESSMENT");
        if (f.assessmentsOverdue() > 0) {
            v.fail(Fact.of("fact.assessmentsOverdue", f.assessmentsOverdue(), f.ciiAssets(),
                    parameters.assessmentMonths()).about("ASSET", f.overdueAssetIds()),
                    f.assessmentOverdueSince().plusDays(1));
        }
        if (f.findingsOverdue() > 0) {
            v.fail(Fact.of("fact.findingsOverdue", f.findingsOverdue())
                    .about("ASSESSMENT", f.overdueFindingAssessmentIds()), f.findingsOverdueSince().plusDays(1));
        }
        v.dueOn(f.nextAssessmentDue(), Fact.of("fact.assessmentDue", f.nextAssessmentDue()));
        v.dueOn(f.nextFindingDue(), Fact.of("fact.findingDue", f.nextFindingDue()));
        v.ok(Fact.of("fact.assessmentsCurrent", f.ciiAssets(), parameters.assessmentMonths()),
                latest(cii, f.lastAcceptedOn()));
        items.add(v.result());

        v = new Verdict("39(9)", asOf, duties).about("AGREEMENTS");
        if (f.agreementMissing() > 0) {
            v.fail(Fact.of("fact.agreementsMissing", f.agreementMissing(), f.purchases())
                    .about("PURCHASE", f.agreementMissingIds()), f.agreementMissingSince());
        }
        if (f.nextAgreementExpiry() != null && f.nextAgreementExpiry().isBefore(NO_EXPIRY)) {
            v.dueOn(f.nextAgreementExpiry(), Fact.of("fact.agreementExpires", f.nextAgreementExpiry()));
        }
        v.ok(f.purchases() == 0 ? Fact.of("fact.noPurchases")
                : Fact.of("fact.agreementsInForce", f.purchases()), latest(cii, f.lastAgreementOn()));
        items.add(v.result());

        v = new Verdict("39(10)", asOf, duties).about("CORPORATE_CHANGES");
        if (f.changesLate() > 0) {
            v.fail(Fact.of("fact.corporateChangesLate", f.changesLate(), parameters.corporateChangeDays())
                    .about("CORPORATE_CHANGE", f.changeIds()), f.changesLateSince());
        }
        if (f.changesOverdue() > 0) {
            v.fail(Fact.of("fact.corporateChangesOverdue", f.changesOverdue())
                    .about("CORPORATE_CHANGE", f.changeIds()), f.changesOverdueSince().plusDays(1));
        }
        v.dueOn(f.nextChangeDue(), Fact.of("fact.corporateChangeDue", f.nextChangeDue()));
        v.ok(Fact.of("fact.corporateChangesInOrder"), cii);
        items.add(v.result());

        v = new Verdict("40", asOf, duties);
        if (f.lateReports() > 0) {
            v.fail(Fact.of("fact.lateReports", f.lateReports(), parameters.lateReportLookbackMonths())
                    .about("INCIDENT", f.lateIncidentIds()), f.lateReportsSince());
        }
        if (f.pendingReports() > 0) {
            v.dueOn(f.nextReportDue(), Fact.of("fact.reportClockRunning", f.pendingReports(), f.nextReportDue()));
        }
        v.ok(Fact.of("fact.reportsOnTime", parameters.lateReportLookbackMonths()), cii);
        items.add(v.result());

        v = new Verdict("41", asOf, duties).about("PROCUREMENT_REVIEW");
        BigDecimal amount = null;
        if (f.usedWithoutReview() > 0) {
            amount = f.usedWithoutReviewAmount();
            v.fail(Fact.of("fact.usedWithoutReview", f.usedWithoutReview(), amount)
                    .about("PURCHASE", f.usedWithoutReviewIds()), f.usedWithoutReviewSince());
        }
        if (f.awaitingReview() > 0) {
            v.risk(Fact.of("fact.reviewAwaited", f.awaitingReview()), asOf);
        }
        if (f.usedBeforeReviewPassed() > 0) {
            v.ok(Fact.of("fact.usedBeforeReviewPassed", f.usedBeforeReviewPassed()), cii);
        }
        v.ok(Fact.of("fact.reviewsBeforeUse"), cii);
        ItemResult art41 = v.result();
        items.add(new ItemResult(art41.article(), art41.status(), art41.since(), art41.facts(), amount));

        v = new Verdict("42", asOf, duties);
        if (f.nonCooperation() > 0) {
            v.fail(Fact.of("fact.nonCooperation", f.nonCooperation())
                    .about("INSPECTION", f.nonCooperationInspectionIds()), f.nonCooperationSince());
        }
        v.ok(Fact.of("fact.cooperated"), cii);
        items.add(v.result());
        return items;
    }

    private void document(Verdict v, String kind, LocalDate reviewDue, LocalDate cii) {
        if (reviewDue == null) {
            v.fail(Fact.of("fact.documentMissing", kind).about("PROGRAM", List.of()), cii);
        } else if (reviewDue.isBefore(v.asOf)) {
            v.fail(Fact.of("fact.documentExpired", kind, reviewDue).about("PROGRAM", List.of()),
                    reviewDue.plusDays(1));
        } else {
            v.dueOn(reviewDue, Fact.of("fact.documentReviewDue", kind, reviewDue));
        }
    }

    private void activity(Verdict v, String kind, LocalDate last, LocalDate cii, int months) {
        if (last == null) {
            v.fail(Fact.of("fact.activityMissing", kind).about("PROGRAM", List.of()), cii);
            return;
        }
        LocalDate due = last.plusMonths(months);
        if (due.isBefore(v.asOf)) {
            v.fail(Fact.of("fact.activityOverdue", kind, last, due).about("PROGRAM", List.of()), due.plusDays(1));
        } else {
            v.dueOn(due, Fact.of("fact.activityDue", kind, due));
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** Collects what breaches an item, what puts it at risk and what shows it is met; then decides. */
    private final class Verdict {

        private final String article;
        private final LocalDate asOf;
        private final List<Fact> failing = new ArrayList<>();
        private final List<Fact> risks = new ArrayList<>();
        private final List<Fact> met = new ArrayList<>();
        private LocalDate failingSince;
        private LocalDate riskSince;
        private LocalDate metSince;

        private final Map<String, DutyStatus> duties;
        private String duty;

        Verdict(String article, LocalDate asOf, Map<String, DutyStatus> duties) {
            this.article = article;
            this.asOf = asOf;
            this.duties = duties;
        }

        /** The program duty the facts that follow are about; MET until one of them says otherwise. */
        Verdict about(String duty) {
            this.duty = duty;
            duties.putIfAbsent(duty, DutyStatus.MET);
            return this;
        }

        private void mark(DutyStatus status) {
            if (duty != null && duties.get(duty).compareTo(status) < 0) {
                duties.put(duty, status);
            }
        }

        void fail(Fact fact, LocalDate since) {
            mark(DutyStatus.NOT_MET);
            failing.add(fact);
            failingSince = earliest(failingSince, since == null ? asOf : since);
        }

        /** A duty due on {@code due}: at risk once the date is within the window. */
        void dueOn(LocalDate due, Fact fact) {
            if (due != null && !due.isAfter(asOf.plusDays(parameters.atRiskDays()))) {
                risk(fact, due.minusDays(parameters.atRiskDays()));
            }
        }

        void risk(Fact fact, LocalDate since) {
            mark(DutyStatus.DUE_SOON);
            risks.add(fact);
            riskSince = earliest(riskSince, since);
        }

        void ok(Fact fact, LocalDate since) {
            met.add(fact);
            metSince = latest(metSince, since);
        }

        ItemResult result() {
            if (!failing.isEmpty()) {
                List<Fact> facts = new ArrayList<>(failing);
                facts.addAll(risks);
                return new ItemResult(article, ComplianceStatus.NON_COMPLIANT, failingSince, facts, null);
            }
            if (!risks.isEmpty()) {
                return new ItemResult(article, ComplianceStatus.AT_RISK, riskSince, List.copyOf(risks), null);
            }
            return new ItemResult(article, ComplianceStatus.COMPLIANT, metSince, List.copyOf(met), null);
        }
    }
}
