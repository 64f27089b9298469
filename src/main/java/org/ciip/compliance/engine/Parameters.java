package org.ciip.compliance.engine;

/**
 * The periods the rules count with, from table {@code compliance_parameter} (versioned, with source; those the
 * Regulations do not fix are marked unconfirmed there).
 */
public record Parameters(int atRiskDays, int assessmentMonths, int activityMonths, int changeReportDays,
        int corporateChangeDays, int lateReportLookbackMonths, int warningResponseGraceDays) {

    /** The values shipped in migrations V15 and V29, for tests of the rules. */
    public static final Parameters SHIPPED = new Parameters(30, 12, 12, 30, 30, 12, 0);
}
