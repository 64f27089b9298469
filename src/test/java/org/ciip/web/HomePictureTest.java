package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home of a protection department, MPS and CAC adds the picture of its sector or of the nation: incidents of 12
 * months by grade, each month's total opening that month's incidents, and compliance by province as a heat map, each
 * province opening its operators.
 */
@RunningCiip
class HomePictureTest {

    @Autowired
    Http http;
    @Autowired
    MovableClock clock;

    private String page(String session, String path) {
        Http.Response response = http.send(http.request(path, null).header("Cookie", session).GET());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void theEnergyDepartmentsHomeLoadsTheTrendAndTheHeatMapAndAnOperatorsDoesNot() {
        assertThat(page(http.signIn("energy-dept"), "/?lang=en")).contains("id=\"home-picture\"",
                "hx-get=\"/situation/trend\"", "hx-get=\"/compliance/provinces\"");
        assertThat(page(http.signIn("grid-officer"), "/?lang=en")).doesNotContain("home-picture");
        Http.Response refused = http.send(http.request("/situation/trend", null, "Accept", "text/html")
                .header("Cookie", http.signIn("grid-officer")).GET());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(http.send(http.request("/compliance/provinces", null, "Accept", "text/html")
                .header("Cookie", http.signIn("bank-officer")).GET()).status()).isEqualTo(404);
    }

    @Test
    void eachMonthsTotalOfTheTrendEqualsTheIncidentListItOpens() {
        String energy = http.signIn("energy-dept");
        String trend = page(energy, "/situation/trend?lang=en");
        assertThat(trend).contains("Incidents reported in the last 12 months, by grade", "Particularly major",
                "data-series-values=");
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")));
        assertThat(trend).contains("id=\"trend-" + current.minusMonths(11) + "\"")
                .doesNotContain("id=\"trend-" + current.minusMonths(12) + "\"");
        Matcher total = Pattern.compile("href=\"(/incidents\\?from=" + current + "-01&amp;to=[0-9-]+)\" id=\"trend-"
                + current + "\">([0-9,]+)</a>").matcher(trend);
        assertThat(total.find()).as("the current month's total links its incidents").isTrue();
        long shown = Long.parseLong(total.group(2).replace(",", ""));
        String token = http.token("energy-dept");
        String query = total.group(1).replace("&amp;", "&").replace("/incidents?", "");
        long listed = http.get("/api/v1/incidents?" + query, token).json().get("totalElements").asLong();
        assertThat(shown).isEqualTo(listed);
        assertThat(listed).as("the demo world's incidents of this month").isPositive();
    }

    @Test
    void theHeatMapNamesProvincesInTheReadersLanguageAndOpensTheirOperators() {
        String energy = http.signIn("energy-dept");
        String zh = page(energy, "/compliance/provinces?lang=zh-CN");
        assertThat(zh).contains("各省份合规情况", "北京", "href=\"/compliance?region=11\"");
        Matcher cell = Pattern.compile("id=\"heat-11\"[^>]*title=\"[^\"]*\"").matcher(zh);
        assertThat(cell.find()).isTrue();
        assertThat(page(energy, "/compliance?region=11&lang=en")).contains("id=\"matrix\"");
        String national = page(http.signIn("mps"), "/compliance/provinces?lang=en");
        assertThat(national).contains("Compliance by province", "Beijing", "href=\"/compliance\"");
    }
}
