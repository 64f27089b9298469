package org.ciip.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@RunningCiip
class CalendarApiTest {

    @Autowired
    Http http;

    @Test
    void thePeriodEndMovesPastTheNationalDayHoliday() {
        JsonNode r = http.get("/api/v1/calendar/period-end?start=2026-07-01&months=3", http.token("grid-officer"))
                .json();
        assertThat(r.get("start").asString()).isEqualTo("2026-07-01");
        assertThat(r.get("months").asInt()).isEqualTo(3);
        assertThat(r.get("endDate").asString()).isEqualTo("2026-10-08");
        assertThat(r.get("extendedFrom").asString()).isEqualTo("2026-10-01");
        assertThat(r.get("calendarComplete").asBoolean()).isTrue();
    }

    @Test
    void aPeriodNotMovedHasANullExtendedFrom() {
        JsonNode r = http.get("/api/v1/calendar/period-end?start=2026-03-10&months=1", http.token("mps")).json();
        assertThat(r.get("endDate").asString()).isEqualTo("2026-04-10");
        assertThat(r.get("extendedFrom").isNull()).isTrue();
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        String token = http.token("grid-officer");
        assertThat(http.get("/api/v1/calendar/period-end?months=3", token).errorFields()).containsExactly("start");
        assertThat(http.get("/api/v1/calendar/period-end?start=2026-13-01&months=3", token).errorFields())
                .containsExactly("start");
        assertThat(http.get("/api/v1/calendar/period-end?start=2026-01-01&months=0", token).errorFields())
                .containsExactly("months");
        assertThat(http.get("/api/v1/calendar/period-end?start=2026-01-01&months=x", token).errorFields())
                .containsExactly("months");
    }

    @Test
    void theAdministratorLoadsALaterYearAndPeriodsInItBecomeComplete() {
        String admin = http.token("admin");
        assertThat(http.get("/api/v1/calendar/period-end?start=2035-07-01&months=3", admin).json()
                .get("calendarComplete").asBoolean()).isFalse();
        Http.Response loaded = http.send(http.request("/api/v1/calendar/years/2035", admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"year": 2035, "source": "Test arrangement",
                         "holidays": [{"name": "National Day", "from": "2035-10-01", "to": "2035-10-07"}],
                         "adjustedWorkingDays": ["2035-09-29"]}""")));
        assertThat(loaded.status()).isEqualTo(200);
        assertThat(loaded.json().get("holidayDays").asInt()).isEqualTo(7);
        JsonNode end = http.get("/api/v1/calendar/period-end?start=2035-07-01&months=3", admin).json();
        assertThat(end.get("endDate").asString()).isEqualTo("2035-10-08");
        assertThat(end.get("calendarComplete").asBoolean()).isTrue();
    }

    @Test
    void aBadCalendarIsRefusedWholeWithEachProblemNamed() {
        Http.Response r = http.send(http.request("/api/v1/calendar/years/2036", http.token("admin"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"year": 2036, "source": "",
                         "holidays": [{"name": "Spring", "from": "2036-02-10", "to": "2036-02-01"},
                                      {"name": "Late", "from": "2037-01-01", "to": "2037-01-02"}],
                         "adjustedWorkingDays": ["2036-03-05"]}""")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("source", "holidays[0].to", "holidays[1].from",
                "holidays[1].to", "adjustedWorkingDays[0]");
        assertThat(http.get("/api/v1/calendar/years", http.token("admin")).body()).doesNotContain("2036");
    }

    @Test
    void onlyThePlatformAdministratorLoadsCalendars() {
        Http.Response r = http.send(http.request("/api/v1/calendar/years/2037", http.token("mps"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"year\":2037,\"source\":\"x\",\"holidays\":[],\"adjustedWorkingDays\":[]}")));
        assertThat(r.status()).isEqualTo(403);
    }
}
