package org.ciip.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.calendar.data.CalendarService;
import org.ciip.calendar.data.CalendarYearDocument;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The calendar module on its own (with the audit trail and the shared kernel, which holds the database): the platform administrator loads a year's holiday arrangement; a period whose last
 * day falls in the National Day holiday then ends on the first working day after it (Civil Code Art. 203), and a
 * document with a working day that is not a weekend is refused whole, leaving the year as it was.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=calendar_module")
class CalendarModuleTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    LegalCalendars calendars;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPeriodEndingInALoadedHolidayEndsOnTheFirstWorkingDayAfterItAndABadYearIsRefusedWhole(Scenario scenario) {
        Actor administrator = officer(UUID.randomUUID(), OrganizationKind.PLATFORM_ADMIN, null);
        LocalDate start = LocalDate.of(2031, 9, 1);
        assertThat(calendars.monthsFrom(start, 1).calendarComplete()).as("2031 not loaded yet").isFalse();
        CalendarYearDocument year = new CalendarYearDocument(2031, "State Council notice for 2031 (test)", null,
                List.of(new CalendarYearDocument.Holiday("国庆节", "2031-10-01", "2031-10-07")),
                List.of("2031-09-27", "2031-10-12"));

        scenario.stimulate(() -> as(administrator, () -> calendar.load(2031, year)))
                .andWaitForStateChange(() -> calendars.monthsFrom(start, 1), PeriodEnd::calendarComplete)
                .andVerify((end, loaded) -> {
                    assertThat(loaded.holidayDays()).isEqualTo(7);
                    assertThat(loaded.adjustedWorkingDays()).isEqualTo(2);
                    assertThat(end.extendedFrom()).isEqualTo(LocalDate.of(2031, 10, 1));
                    assertThat(end.endDate()).isEqualTo(LocalDate.of(2031, 10, 8));
                });

        CalendarYearDocument weekdayWorking = new CalendarYearDocument(2031, "A second notice (test)", null,
                List.of(), List.of("2031-10-08"));
        assertThatThrownBy(() -> as(administrator, () -> calendar.load(2031, weekdayWorking)))
                .isInstanceOfSatisfying(ApiException.class,
                        p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(calendars.monthsFrom(start, 1).endDate()).as("the year as loaded first")
                .isEqualTo(LocalDate.of(2031, 10, 8));
        assertThat(jdbc.queryForList("select action from audit_entry where object_type = 'StatutoryCalendar' "
                + "and object_id = '2031'", String.class)).isEqualTo(List.of("CALENDAR_YEAR_LOADED"));
    }
}
