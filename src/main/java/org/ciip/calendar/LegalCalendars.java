package org.ciip.calendar;

import java.time.LocalDate;

/** Statutory periods on the calendar loaded in CIIP, for other modules and the API. */
public interface LegalCalendars {

    /** The end of a period of {@code months} months from {@code start} (Civil Code Art. 201-203). */
    PeriodEnd monthsFrom(LocalDate start, int months);

    /** The end of a period of {@code days} days from {@code start} (Civil Code Art. 201, 203). */
    PeriodEnd daysFrom(LocalDate start, int days);

    /** The calendar for the days from {@code from} to {@code to}, inclusive. */
    LegalCalendar between(LocalDate from, LocalDate to);
}
