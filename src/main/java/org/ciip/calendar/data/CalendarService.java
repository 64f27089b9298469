package org.ciip.calendar.data;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.audit.AuditTrail;
import org.ciip.calendar.LegalCalendar;
import org.ciip.calendar.LegalCalendars;
import org.ciip.calendar.PeriodEnd;
import org.ciip.calendar.StatutoryPeriods;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holiday calendar as stored, period computation on it, and the administrator's loading of further years. */
@Service
public class CalendarService implements LegalCalendars {

    /** Periods longer than this are not a statutory period CIIP computes. */
    public static final int MAX_MONTHS = 120;

    private final StatutoryCalendars calendars;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(StatutoryCalendars calendars, AuditTrail audit, Clock clock) {
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PeriodEnd monthsFrom(LocalDate start, int months) {
        LocalDate corresponding = start.plusMonths(months);
        // rest days never run longer than a few weeks: a margin of 60 days covers any extension
        return StatutoryPeriods.monthsFrom(start, months, between(corresponding, corresponding.plusDays(60)));
    }

    @Override
    public PeriodEnd daysFrom(LocalDate start, int days) {
        LocalDate corresponding = start.plusDays(days);
        return StatutoryPeriods.daysFrom(start, days, between(corresponding, corresponding.plusDays(60)));
    }

    @Override
    public LegalCalendar between(LocalDate from, LocalDate to) {
        return calendars.between(from, to);
    }

    public List<YearSummary> years() {
        return calendars.years();
    }

    /** Loads or replaces a year's arrangement (platform administrator). Every day is checked before anything is
     * written. */
    @Transactional
    public YearSummary load(int year, CalendarYearDocument document) {
        Actors.requirePlatformAdministrator("Only the platform administrator loads holiday calendars.");
        Actor actor = Actors.current();
        Validation v = new Validation();
        if (document.year() == null || document.year() != year) {
            v.add("year", "validation.calendarYear", "must be " + year + ", the year in the path", year);
        }
        v.requireText(document.source(), "source", 500);
        v.optionalText(document.note(), "note", 500);
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        List<CalendarYearDocument.Holiday> given = document.holidays() == null ? List.of() : document.holidays();
        for (int i = 0; i < given.size(); i++) {
            CalendarYearDocument.Holiday h = given.get(i);
            String field = "holidays[" + i + "]";
            v.requireText(h.name(), field + ".name", 100);
            LocalDate from = date(v, h.from(), field + ".from", year);
            LocalDate to = date(v, h.to(), field + ".to", year);
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    v.add(field + ".to", "validation.calendarRange", "must not be before from");
                } else {
                    from.datesUntil(to.plusDays(1)).forEach(d -> holidays.put(d, h.name()));
                }
            }
        }
        List<LocalDate> adjusted = new ArrayList<>();
        List<String> givenAdjusted = document.adjustedWorkingDays() == null ? List.of() : document.adjustedWorkingDays();
        for (int i = 0; i < givenAdjusted.size(); i++) {
            String field = "adjustedWorkingDays[" + i + "]";
            LocalDate day = date(v, givenAdjusted.get(i), field, year);
            if (day != null) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    v.add(field, "validation.calendarAdjustedWeekend",
                            "must be a Saturday or Sunday: only weekend days are made working days");
                } else if (holidays.containsKey(day)) {
                    v.add(field, "validation.calendarAdjustedHoliday", "is also listed as a holiday");
                } else {
                    adjusted.add(day);
                }
            }
        }
        v.throwIfInvalid();

        boolean replacing = calendars.store(year, document.source().trim(), document.note(), holidays, adjusted,
                clock.instant(), actor.username());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", year);
        summary.put("source", document.source().trim());
        summary.put("holidays", holidays.keySet().stream().map(LocalDate::toString).toList());
        summary.put("adjustedWorkingDays", adjusted.stream().map(LocalDate::toString).toList());
        audit.record(replacing ? "CALENDAR_YEAR_REPLACED" : "CALENDAR_YEAR_LOADED", "StatutoryCalendar", year, summary);
        return years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static LocalDate date(Validation v, String text, String field, int year) {
        if (Validation.isBlank(text)) {
            v.add(field, "validation.required", "is required");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            if (day.getYear() != year) {
                v.add(field, "validation.calendarOutsideYear", "must lie in " + year, year);
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            v.add(field, "validation.date", "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    public record YearSummary(int year, String source, String note, int version, java.time.Instant loadedAt,
            String loadedBy, int holidayDays, int adjustedWorkingDays) {
    }
}
