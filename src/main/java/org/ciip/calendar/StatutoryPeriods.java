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

    /** A period of days: it starts the day after {@code start} and ends {@code days} days later (Art. 201, 203). */
    public static PeriodEnd daysFrom(LocalDate start, int days, LegalCalendar calendar) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day");
        }
        return extend(start, 0, start.plusDays(days), calendar);
    }

    public static PeriodEnd monthsFrom(LocalDate start, int months, LegalCalendar calendar) {
        if (months < 1) {
            throw new IllegalArgumentException("a period has at least one month");
        }
        // Counting from the next day (Art. 201), n months end on the day corresponding to the start in the final
        // month: 30 November + 3 months ends on 28 or 29 February (Art. 202). plusMonths clamps to the month's end.
        return extend(start, months, start.plusMonths(months), calendar);
    }

    private static PeriodEnd extend(LocalDate start, int months, LocalDate corresponding, LegalCalendar calendar) {
        boolean complete = calendar.covers(corresponding);
        LocalDate end = corresponding;
        while (calendar.isRestDay(end)) {
            end = end.plusDays(1);
            complete &= calendar.covers(end);
        }
        return new PeriodEnd(start, months, end, end.equals(corresponding) ? null : corresponding, complete);
    }
}
