package org.ciip.calendar;

import java.time.LocalDate;

/**
 * Periods as PRC Civil Code Art. 201-203 count them: the starting day is not counted; a period in months ends on the
 * corresponding day of the final month, or on that month's last day where it has no such day; a last day that is a
 * rest day moves to the first day after the rest days.
 */
public final class StatutoryPeriods {

    /** Citation shown with every computed period. */
    public static final String BASIS = "PRC Civil Code Art. 201-203";

    private StatutoryPeriods() {
    }

    public static PeriodEnd monthsFrom(LocalDate start, int months, LegalCalendar calendar) {
        if (months < 1) {
            throw new IllegalArgumentException("a period has at least one month");
        }
        // Counting from the next day (Art. 201), n months end on the day corresponding to the start in the final
        // month: 30 November + 3 months ends on 28 or 29 February (Art. 202). plusMonths clamps to the month's end.
        LocalDate corresponding = start.plusMonths(months);
        boolean complete = calendar.covers(corresponding);
        LocalDate end = corresponding;
        while (calendar.isRestDay(end)) {
            end = end.plusDays(1);
            complete &= calendar.covers(end);
        }
        return new PeriodEnd(start, months, end, end.equals(corresponding) ? null : corresponding, complete);
    }
}
