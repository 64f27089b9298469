package org.ciip.calendar.data;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ciip.calendar.LegalCalendar;
import org.ciip.calendar.data.CalendarService.YearSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the holiday calendar ({@code statutory_calendar}, {@code statutory_calendar_day}). */
@Repository
class StatutoryCalendars {

    private final JdbcClient jdbc;

    StatutoryCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The loaded years among those of the range, with their holidays and adjusted working days in it. */
    LegalCalendar between(LocalDate from, LocalDate to) {
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

    List<YearSummary> years() {
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

    /**
     * Writes a year's arrangement, replacing the one stored (its days go, its version counts up); answers whether a
     * year was replaced.
     */
    boolean store(int year, String source, String note, Map<LocalDate, String> holidays, List<LocalDate> adjusted,
            Instant now, String by) {
        boolean replacing = jdbc.sql("select count(*) from statutory_calendar where year = :y").param("y", year)
                .query(Long.class).single() > 0;
        jdbc.sql("delete from statutory_calendar_day where year = :y").param("y", year).update();
        if (replacing) {
            jdbc.sql("update statutory_calendar set source = :source, note = :note, version = version + 1, "
                            + "loaded_at = :now, loaded_by = :by where year = :y")
                    .param("source", source).param("note", note).param("now", Timestamp.from(now))
                    .param("by", by).param("y", year).update();
        } else {
            jdbc.sql("insert into statutory_calendar (year, source, note, loaded_at, loaded_by) "
                            + "values (:y, :source, :note, :now, :by)")
                    .param("y", year).param("source", source).param("note", note)
                    .param("now", Timestamp.from(now)).param("by", by).update();
        }
        jdbc.sql("""
                insert into statutory_calendar_day (day, year, kind, name)
                select d, :y, 'HOLIDAY', n from unnest(cast(cast(:days as varchar[]) as date[]), cast(:names as varchar[])) as h(d, n)
                union all
                select d, :y, 'ADJUSTED_WORKING_DAY', null from unnest(cast(cast(:adjusted as varchar[]) as date[])) as a(d)""")
                .param("y", year)
                .param("days", holidays.keySet().stream().map(LocalDate::toString).toArray(String[]::new))
                .param("names", holidays.values().toArray(String[]::new))
                .param("adjusted", adjusted.stream().map(LocalDate::toString).toArray(String[]::new))
                .update();
        return replacing;
    }
}
