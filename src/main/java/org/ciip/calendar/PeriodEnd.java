package org.ciip.calendar;

import java.time.LocalDate;

/**
 * The end of a period counted in months.
 *
 * @param endDate          the last day of the period (it ends at 24:00 of that day)
 * @param extendedFrom     the corresponding day before it was moved past rest days, or null when it was not moved
 * @param calendarComplete false when a day the computation looked at lies in a year with no holiday calendar loaded,
 *                         so that only weekends were counted as rest days there
 */
public record PeriodEnd(LocalDate start, int months, LocalDate endDate, LocalDate extendedFrom,
        boolean calendarComplete) {
}
