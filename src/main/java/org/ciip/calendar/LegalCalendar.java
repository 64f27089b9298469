package org.ciip.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The rest days the law counts: weekends and statutory holidays, except the weekend days that the State Council made
 * adjusted working days. Knows which years it has an official arrangement for; in other years only weekends count.
 */
public record LegalCalendar(Set<Integer> yearsLoaded, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays) {

    public LegalCalendar {
        yearsLoaded = Set.copyOf(yearsLoaded);
        holidays = Set.copyOf(holidays);
        adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
    }

    public boolean covers(LocalDate day) {
        return yearsLoaded.contains(day.getYear());
    }

    public boolean isRestDay(LocalDate day) {
        if (holidays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !adjustedWorkingDays.contains(day);
    }
}
