package org.ciip.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Period arithmetic against the official 2026 arrangement, as shipped in src/main/resources/reference. */
class StatutoryPeriodsTest {

    private static final LegalCalendar CALENDAR_2026 = load();

    private static LegalCalendar load() {
        try (InputStream in = StatutoryPeriodsTest.class.getResourceAsStream(
                "/reference/cn-statutory-calendar-2026.json")) {
            JsonNode json = JsonMapper.builder().build().readTree(in);
            Set<LocalDate> holidays = new HashSet<>();
            json.get("holidays").forEach(h -> LocalDate.parse(h.get("from").asString())
                    .datesUntil(LocalDate.parse(h.get("to").asString()).plusDays(1)).forEach(holidays::add));
            Set<LocalDate> adjusted = new HashSet<>();
            json.get("adjustedWorkingDays").forEach(d -> adjusted.add(LocalDate.parse(d.asString())));
            return new LegalCalendar(Set.of(2026), holidays, adjusted);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PeriodEnd months(String start, int months) {
        return StatutoryPeriods.monthsFrom(LocalDate.parse(start), months, CALENDAR_2026);
    }

    @Test
    void aPeriodEndingOnAWorkingDayEndsOnTheCorrespondingDay() {
        assertThat(months("2026-03-10", 1))
                .isEqualTo(new PeriodEnd(LocalDate.parse("2026-03-10"), 1, LocalDate.parse("2026-04-10"), null, true));
    }

    @Test
    void aPeriodFromTheThirtiethOfNovemberEndsOnTheLastDayOfFebruary() {
        PeriodEnd end = StatutoryPeriods.monthsFrom(LocalDate.parse("2025-11-30"), 3, CALENDAR_2026);
        assertThat(end.endDate()).isEqualTo("2026-02-28");
    }

    @Test
    void theLastDayOfAShortMonthIsUsedWhenTheMonthHasNoCorrespondingDay() {
        assertThat(months("2026-01-31", 1).endDate()).isEqualTo("2026-02-28");
        assertThat(months("2026-08-31", 1).endDate()).isEqualTo("2026-09-30");
    }

    @Test
    void inALeapYearTheTwentyNinthOfFebruaryIsTheLastDay() {
        PeriodEnd end = StatutoryPeriods.monthsFrom(LocalDate.parse("2027-11-30"), 3, CALENDAR_2026);
        assertThat(end.endDate()).isEqualTo("2028-02-29");
        assertThat(end.calendarComplete()).isFalse();
    }

    @Test
    void aLastDayOnAWeekendMovesToTheMonday() {
        PeriodEnd end = months("2026-03-11", 1);
        assertThat(end.endDate()).isEqualTo("2026-04-13");
        assertThat(end.extendedFrom()).isEqualTo("2026-04-11");
    }

    @Test
    void aLastDayInTheNationalDayHolidayMovesToTheFirstWorkingDayAfterIt() {
        PeriodEnd end = months("2026-07-01", 3);
        assertThat(end.endDate()).isEqualTo("2026-10-08");
        assertThat(end.extendedFrom()).isEqualTo("2026-10-01");
        assertThat(end.calendarComplete()).isTrue();
    }

    @Test
    void aLastDayInTheSpringFestivalMovesPastTheWholeHoliday() {
        assertThat(StatutoryPeriods.monthsFrom(LocalDate.parse("2025-11-15"), 3, CALENDAR_2026).endDate())
                .isEqualTo("2026-02-24");
    }

    @Test
    void aHolidayEndingOnAFridayMovesTheEndPastTheFollowingWeekend() {
        // Dragon Boat Festival: 19-21 June 2026 (Friday to Sunday)
        assertThat(months("2026-03-19", 3).endDate()).isEqualTo("2026-06-22");
    }

    @Test
    void anAdjustedWorkingDayOnAWeekendIsNotARestDay() {
        PeriodEnd saturdayWorked = months("2026-08-10", 2);
        assertThat(saturdayWorked.endDate()).isEqualTo("2026-10-10");
        assertThat(saturdayWorked.extendedFrom()).isNull();
        assertThat(months("2026-02-09", 3).endDate()).as("9 May 2026 is worked").isEqualTo("2026-05-09");
    }

    @Test
    void anAdjustedWorkingDayRightAfterAHolidayEndsTheExtension() {
        // New Year holiday 1-3 January 2026; Sunday 4 January is worked
        PeriodEnd end = StatutoryPeriods.monthsFrom(LocalDate.parse("2025-12-02"), 1, CALENDAR_2026);
        assertThat(end.endDate()).isEqualTo("2026-01-04");
        assertThat(end.extendedFrom()).isEqualTo("2026-01-02");
    }

    @Test
    void inAYearWithNoCalendarOnlyWeekendsCountAndTheAnswerSaysSo() {
        PeriodEnd end = months("2026-10-02", 3);
        assertThat(end.endDate()).isEqualTo("2027-01-04");
        assertThat(end.extendedFrom()).isEqualTo("2027-01-02");
        assertThat(end.calendarComplete()).isFalse();
    }

    @Test
    void aSaturdayAtTheEndOfTheYearMovesToTheMonday() {
        PeriodEnd end = months("2026-09-26", 3);
        assertThat(end.endDate()).isEqualTo("2026-12-28");
        assertThat(end.calendarComplete()).isTrue();
    }

    @Test
    void aPeriodHasAtLeastOneMonth() {
        assertThatThrownBy(() -> months("2026-01-01", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
