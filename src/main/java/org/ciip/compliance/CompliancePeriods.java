package org.ciip.compliance;

/**
 * The periods duties are counted with, for other modules: the versioned reference data of table
 * {@code compliance_parameter} (with their sources), so that an operator's program page and the compliance engine
 * count alike.
 */
public interface CompliancePeriods {

    Periods current();

    /**
     * @param dueSoonDays      a duty falling due within this many days is due soon (at risk)
     * @param assessmentMonths Art. 17: the detection and risk assessment at least this often
     * @param activityMonths   Art. 15(3), 15(5): drills and training this often, unless a department set another
     */
    record Periods(int dueSoonDays, int assessmentMonths, int activityMonths) {
    }
}
