package org.ciip.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.compliance.engine.ComplianceRules;
import org.ciip.compliance.engine.Fact;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.compliance.engine.ItemResult;
import org.ciip.compliance.engine.Parameters;
import org.junit.jupiter.api.Test;

/** The rules of Art. 39-41 on plain facts: no Spring, no database. */
class ComplianceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate IDENTIFIED = LocalDate.of(2026, 3, 1);
    static final UUID PURCHASE = UUID.randomUUID();

    final ComplianceRules rules = new ComplianceRules(Parameters.SHIPPED);

    /** An operator whose records meet every item. */
    static Builder compliant() {
        return new Builder();
    }

    static ItemResult item(List<ItemResult> items, String article) {
        return items.stream().filter(i -> i.article().equals(article)).findFirst().orElseThrow();
    }

    @Test
    void anOperatorWhoseRecordsMeetEveryDutyIsCompliantOnEveryItem() {
        List<ItemResult> items = rules.evaluate(compliant().build(), TODAY);
        assertThat(items).extracting(ItemResult::article).containsExactlyElementsOf(ComplianceRules.ARTICLES);
        assertThat(items).extracting(ItemResult::status).containsOnly(ComplianceStatus.COMPLIANT);
    }

    @Test
    void anOperatorWithNoCiiIdentifiedOnTheDateHasNoApplicableItem() {
        Builder b = compliant();
        b.ciiAssets = 0;
        assertThat(rules.evaluate(b.build(), TODAY)).extracting(ItemResult::status)
                .containsOnly(ComplianceStatus.NOT_APPLICABLE);
    }

    @Test
    void aPurchaseWithoutAnAgreementBreachesArticle39Item9SinceItWasPurchased() {
        Builder b = compliant();
        b.purchases = 2;
        b.agreementMissing = 1;
        b.agreementMissingSince = LocalDate.of(2026, 10, 1);
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "39(9)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.since()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(item.facts().getFirst().code()).isEqualTo("fact.agreementsMissing");
        assertThat(item.facts().getFirst().args()).containsExactly(1L, 2L);
        assertThat(item.facts().getFirst().recordIds()).containsExactly(PURCHASE);
    }

    @Test
    void aDocumentDueForReviewInThirtyDaysIsAtRiskAndInThirtyOneDaysIsNot() {
        Builder b = compliant();
        b.protectionDue = TODAY.plusDays(30);
        ItemResult atRisk = item(rules.evaluate(b.build(), TODAY), "39(3)");
        assertThat(atRisk.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(atRisk.since()).isEqualTo(TODAY);
        b.protectionDue = TODAY.plusDays(31);
        assertThat(item(rules.evaluate(b.build(), TODAY), "39(3)").status()).isEqualTo(ComplianceStatus.COMPLIANT);
        b.protectionDue = TODAY.minusDays(1);
        ItemResult expired = item(rules.evaluate(b.build(), TODAY), "39(3)");
        assertThat(expired.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(expired.since()).isEqualTo(TODAY);
    }

    @Test
    void aDrillMoreThanTwelveMonthsAgoBreachesTheInstitutionsDuties() {
        Builder b = compliant();
        b.lastDrill = TODAY.minusMonths(12).minusDays(1);
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "39(7)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.facts()).extracting(f -> f.code()).contains("fact.activityOverdue");
    }

    @Test
    void aDrillIntervalSetByTheDepartmentReplacesTheYearlyDefault() {
        Builder b = compliant();
        b.lastDrill = TODAY.minusMonths(7);
        assertThat(item(rules.evaluate(b.build(), TODAY), "39(7)").status()).isEqualTo(ComplianceStatus.COMPLIANT);
        b.drillIntervalMonths = 6;
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "39(7)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.since()).isEqualTo(TODAY.minusMonths(1).plusDays(1));
    }

    @Test
    void anAssessmentOverdueSinceTheDayAfterItsDueDate() {
        Builder b = compliant();
        b.assessmentsOverdue = 1;
        b.assessmentOverdueSince = IDENTIFIED.plusMonths(12);
        ItemResult item = item(rules.evaluate(b.build(), TODAY.plusMonths(1)), "39(8)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.since()).isEqualTo(IDENTIFIED.plusMonths(12).plusDays(1));
    }

    @Test
    void aLateIncidentReportBreachesArticle40AndARunningClockPutsItAtRisk() {
        Builder b = compliant();
        b.pendingReports = 1;
        b.nextReportDue = TODAY;
        assertThat(item(rules.evaluate(b.build(), TODAY), "40").status()).isEqualTo(ComplianceStatus.AT_RISK);
        b.lateReports = 1;
        b.lateReportsSince = TODAY.minusDays(2);
        assertThat(item(rules.evaluate(b.build(), TODAY), "40").status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
    }

    @Test
    void aPurchaseUsedWithoutAPassedReviewBreachesArticle41WithItsAmount() {
        Builder b = compliant();
        b.usedWithoutReview = 1;
        b.usedWithoutReviewAmount = new BigDecimal("4800000.00");
        b.usedWithoutReviewSince = TODAY.minusDays(3);
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "41");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.amount()).isEqualByComparingTo("4800000");
    }

    @Test
    void aStandingFailureToCooperateWithAnInspectionBreachesArticle42AndAClearedOneDoesNot() {
        Builder b = compliant();
        assertThat(item(rules.evaluate(b.build(), TODAY), "42").status()).isEqualTo(ComplianceStatus.COMPLIANT);
        b.nonCooperation = 1;
        b.nonCooperationSince = TODAY.minusDays(2);
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "42");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.since()).isEqualTo(TODAY.minusDays(2));
        assertThat(item.facts().getFirst().recordType()).isEqualTo("INSPECTION");
    }

    @Test
    void aPersonBarredByALaterSanctionBreachesTheBackgroundReviewItem() {
        Builder b = compliant();
        b.barredInPosition = 1;
        b.barredSince = TODAY.minusDays(5);
        ItemResult item = item(rules.evaluate(b.build(), TODAY), "39(5)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(item.since()).isEqualTo(TODAY.minusDays(5));
    }

    @Test
    void aWarningLeftUnansweredPastItsTimePutsItem7AtRiskButNeverBreachesIt() {
        Builder b = compliant();
        b.warningsMatched = 3;
        b.warningsUnanswered = 2;
        b.warningsUnansweredSince = TODAY.minusDays(4);
        ComplianceRules.Judgement judged = rules.judge(b.build(), TODAY);
        ItemResult item = item(judged.items(), "39(7)");
        assertThat(item.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(item.since()).isEqualTo(TODAY.minusDays(4));
        assertThat(item.facts()).extracting(Fact::code).containsExactly("fact.warningsUnanswered");
        assertThat(judged.duties().get("WARNING_RESPONSES")).isEqualTo(ProgramDuties.DutyStatus.DUE_SOON);
        assertThat(judged.duties().get("DRILLS")).isEqualTo(ProgramDuties.DutyStatus.MET);

        b.warningsUnanswered = 0;
        assertThat(item(rules.evaluate(b.build(), TODAY), "39(7)").status()).isEqualTo(ComplianceStatus.COMPLIANT);
    }

    /** Mutable facts, starting from an operator that meets every duty. */
    static final class Builder {
        long ciiAssets = 1;
        long purchases = 0;
        long agreementMissing = 0;
        LocalDate agreementMissingSince;
        LocalDate protectionDue = TODAY.plusYears(1);
        LocalDate lastDrill = TODAY.minusMonths(2);
        long assessmentsOverdue = 0;
        LocalDate assessmentOverdueSince;
        long lateReports = 0;
        LocalDate lateReportsSince;
        long pendingReports = 0;
        LocalDate nextReportDue;
        long usedWithoutReview = 0;
        BigDecimal usedWithoutReviewAmount = BigDecimal.ZERO;
        LocalDate usedWithoutReviewSince;
        long barredInPosition = 0;
        LocalDate barredSince;
        Integer drillIntervalMonths;
        long warningsMatched = 0;
        long warningsUnanswered = 0;
        LocalDate warningsUnansweredSince;
        long nonCooperation = 0;
        LocalDate nonCooperationSince;

        OperatorFacts build() {
            LocalDate later = TODAY.plusYears(1);
            return new OperatorFacts(UUID.randomUUID(), "银行", "Bank", "110105", List.of("FINANCE"),
                    ciiAssets, IDENTIFIED,
                    0, null, List.of(),
                    0, null, List.of(), IDENTIFIED.plusDays(10),
                    protectionDue, later, later, later, later, later, IDENTIFIED,
                    LocalDate.of(2022, 3, 1), "陈静",
                    2, 0, null, true, barredInPosition, barredSince, IDENTIFIED,
                    0, 0, null,
                    lastDrill, TODAY.minusMonths(3), drillIntervalMonths,
                    assessmentsOverdue, assessmentOverdueSince, IDENTIFIED.plusMonths(12), List.of(UUID.randomUUID()),
                    null, 0, null, null, List.of(),
                    purchases, agreementMissing, agreementMissingSince,
                    agreementMissing > 0 ? List.of(PURCHASE) : List.of(), null, null,
                    0, null, 0, null, null, List.of(),
                    lateReports, lateReportsSince, List.of(), pendingReports, nextReportDue,
                    usedWithoutReview, usedWithoutReviewAmount, usedWithoutReviewSince, List.of(), 0, 0,
                    TODAY.getYear(), 0, 0, warningsMatched, warningsUnanswered, warningsUnansweredSince,
                    nonCooperation, nonCooperationSince, nonCooperation > 0 ? List.of(UUID.randomUUID()) : List.of());
        }
    }
}
