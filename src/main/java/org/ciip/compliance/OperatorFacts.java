package org.ciip.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the records of the other modules say about one operator as of one date: counts, dates and a few record ids,
 * read by one set-based query (the engine's {@code ComplianceQuery}) and judged by its {@code ComplianceRules}. The
 * program page reads the same facts ({@link ProgramDuties}), so that it and the compliance page cannot disagree.
 */
public record OperatorFacts(
        UUID operatorId, String name, String nameEn, String regionCode, List<String> sectors,
        // CII identified as of the date
        long ciiAssets, LocalDate firstCiiOn,
        // 39(1): change reports made late within the look-back
        long lateChangeReports, LocalDate lateChangeSince, List<UUID> lateChangeIds,
        // 39(2): CII assets without signed-off measures for use
        long withoutMeasures, LocalDate measuresMissingSince, List<UUID> measuresMissingIds, LocalDate lastMeasureOn,
        // 39(3): the latest review date of approved documents of each kind; null when none was ever approved
        LocalDate protectionDue, LocalDate responsibilityDue, LocalDate planDue, LocalDate emergencyDue,
        LocalDate dataDue, LocalDate serviceDue, LocalDate lastApprovedOn,
        // 39(4)
        LocalDate institutionOn, String headName,
        // 39(5)
        long keyPositions, long unreviewedPositions, LocalDate unreviewedSince, boolean headReviewed,
        long barredInPosition, LocalDate barredSince, LocalDate lastReviewOn,
        // 39(6)
        long decisions, long decisionsWithout, LocalDate decisionsWithoutSince,
        // 39(7): the drill interval the protection department set (null: the parameter, yearly)
        LocalDate lastDrill, LocalDate lastTraining, Integer drillIntervalMonths,
        // 39(8)
        long assessmentsOverdue, LocalDate assessmentOverdueSince, LocalDate nextAssessmentDue,
        List<UUID> overdueAssetIds, LocalDate lastAcceptedOn, long findingsOverdue, LocalDate findingsOverdueSince,
        LocalDate nextFindingDue, List<UUID> overdueFindingAssessmentIds,
        // 39(9)
        long purchases, long agreementMissing, LocalDate agreementMissingSince, List<UUID> agreementMissingIds,
        LocalDate nextAgreementExpiry, LocalDate lastAgreementOn,
        // 39(10)
        long changesLate, LocalDate changesLateSince, long changesOverdue, LocalDate changesOverdueSince,
        LocalDate nextChangeDue, List<UUID> changeIds,
        // 40
        long lateReports, LocalDate lateReportsSince, List<UUID> lateIncidentIds, long pendingReports,
        LocalDate nextReportDue,
        // 41
        long usedWithoutReview, BigDecimal usedWithoutReviewAmount, LocalDate usedWithoutReviewSince,
        List<UUID> usedWithoutReviewIds, long awaitingReview, long usedBeforeReviewPassed,
        // Art. 16 (no liability item): the latest year whose budget and staff were recorded
        Integer latestBudgetYear,
        // Art. 21: corporate changes not completed, and those of them whose requirements are still awaited
        long openChanges, long changesAwaitingRequirements,
        // Art. 15(2) / 39(7), the platform's reading: warnings that matched an asset, and those with an asset still
        // unanswered past their time to respond (and the grace of compliance_parameter WARNING_RESPONSE_GRACE)
        long warningsMatched, long warningsUnanswered, LocalDate warningsUnansweredSince,
        // 42: failures to cooperate with an inspection standing on the date (recorded, not yet cleared)
        long nonCooperation, LocalDate nonCooperationSince, List<UUID> nonCooperationInspectionIds) {
}
