package org.ciip.calendar.data;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ciip.audit.AuditTrail;
import org.ciip.calendar.LegalCalendar;
import org.ciip.calendar.LegalCalendars;
import org.ciip.calendar.PeriodEnd;
import org.ciip.calendar.StatutoryPeriods;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holiday calendar as stored, period computation on it, and the administrator's loading of further years. */
@Service
public class CalendarService implements LegalCalendars {

    /** Periods longer than this are not a statutory period CIIP computes. */
    public static final int MAX_MONTHS = 120;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
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
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from statutory_calendar where year between :a and :b")
                .param("a", from.getYear()).param("b", to.getYear()).query(Integer.class).list());
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> adjusted = new HashSet<>();
        jdbc.sql("select day, kind from statutory_calendar_day where day between :a and :b")
                .param("a", from).param("b", to)
                .query(rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    (rs.getString(2).equals("HOLIDAY") ? holidays : adjusted).add(day);
                });
        return new LegalCalendar(years, holidays, adjusted);
    }

    public List<YearSummary> years() {
        return jdbc.sql("""
                select c.year, c.source, c.note, c.version, c.loaded_at, c.loaded_by,
                       count(d.day) filter (where d.kind = 'HOLIDAY') as holidays,
                       count(d.day) filter (where d.kind = 'ADJUSTED_WORKING_DAY') as adjusted
                from statutory_calendar c left join statutory_calendar_day d on d.year = c.year
                group by c.year order by c.year""")
                .query((rs, n) -> new YearSummary(rs.getInt("year"), rs.getString("source"), rs.getString("note"),
                        rs.getInt("version"), rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"),
                        rs.getInt("holidays"), rs.getInt("adjusted")))
                .list();
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

        boolean replacing = jdbc.sql("select count(*) from statutory_calendar where year = :y").param("y", year)
                .query(Long.class).single() > 0;
        jdbc.sql("delete from statutory_calendar_day where year = :y").param("y", year).update();
        Timestamp now = Timestamp.from(clock.instant());
        if (replacing) {
            jdbc.sql("update statutory_calendar set source = :source, note = :note, version = version + 1, "
                            + "loaded_at = :now, loaded_by = :by where year = :y")
                    .param("source", document.source().trim()).param("note", document.note()).param("now", now)
                    .param("by", actor.username()).param("y", year).update();
        } else {
            jdbc.sql("insert into statutory_calendar (year, source, note, loaded_at, loaded_by) "
                            + "values (:y, :source, :note, :now, :by)")
                    .param("y", year).param("source", document.source().trim()).param("note", document.note())
                    .param("now", now).param("by", actor.username()).update();
        }
        holidays.forEach((day, name) -> jdbc.sql("insert into statutory_calendar_day (day, year, kind, name) "
                        + "values (:d, :y, 'HOLIDAY', :name)")
                .param("d", day).param("y", year).param("name", name).update());
        adjusted.forEach(day -> jdbc.sql("insert into statutory_calendar_day (day, year, kind) "
                        + "values (:d, :y, 'ADJUSTED_WORKING_DAY')")
                .param("d", day).param("y", year).update());
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
