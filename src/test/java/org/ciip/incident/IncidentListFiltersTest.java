package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A regulator finds incidents by text in the summary or the operator's name and by the days they were reported. */
@RunningCiip
class IncidentListFiltersTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    private String report(FreshOperators.Party operator, String asset, String summary) {
        Http.Response reported = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "%s",
                 "impact": {"personalInfoRecordsLeaked": 12000000}}""".formatted(asset,
                clock.instant().minusSeconds(600), summary));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().get("id").asString();
    }

    private List<String> ids(String query) {
        Http.Response found = http.get("/api/v1/incidents?size=200&" + query, http.token("finance-dept"));
        assertThat(found.status()).as(query + ": " + found.body()).isEqualTo(200);
        return found.json().get("items").findValuesAsString("id");
    }

    @Test
    void aDepartmentFindsIncidentsByTextInTheSummaryOrTheOperatorsNameAndByTheDaysReported() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String leak = report(operator, asset, "Card data leak " + marker);
        String outage = report(operator, asset, "Payment outage");
        String operatorName = operator.username().substring(2).toUpperCase(); // its name ends with its code

        assertThat(ids("q=" + marker)).containsExactly(leak);
        assertThat(ids("q=" + marker.toUpperCase())).as("any case").containsExactly(leak);
        assertThat(ids("q=" + operatorName)).as("by the operator's name").containsExactlyInAnyOrder(leak, outage);
        String today = LegalTime.today(clock).toString();
        String yesterday = LegalTime.today(clock).minusDays(1).toString();
        assertThat(ids("q=" + operatorName + "&from=" + today + "&to=" + today)).containsExactlyInAnyOrder(leak, outage);
        assertThat(ids("q=" + operatorName + "&to=" + yesterday)).as("reported today, not by yesterday").isEmpty();

        Http.Response backwards = http.get("/api/v1/incidents?from=" + today + "&to=" + yesterday,
                http.token("finance-dept"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorFields()).containsExactly("to");
        Http.Response implausible = http.get("/api/v1/incidents?from=0999-01-01", http.token("finance-dept"));
        assertThat(implausible.status()).isEqualTo(400);
        assertThat(implausible.errorFields()).containsExactly("from");
        assertThat(http.get("/api/v1/incidents?from=2026-13-01", http.token("finance-dept")).status())
                .as("not a date").isEqualTo(400);
        assertThat(http.get("/api/v1/incidents?q=" + marker, http.token(fresh.operator("FINANCE").username()))
                .json().get("totalElements").asLong()).as("another operator's incidents stay out of sight").isZero();

        String session = http.signIn("finance-dept");
        String page = http.send(http.request("/incidents?lang=en&size=50&q=" + marker, null).header("Cookie", session)
                .GET()).body();
        assertThat(page).contains("/incidents/" + leak).doesNotContain("/incidents/" + outage)
                .contains("value=\"" + marker + "\"").containsPattern("<option value=\"50\" selected")
                .as("the export keeps the filter").contains("q=" + marker);
        String incident = http.send(http.request("/incidents/" + leak + "?lang=en", null).header("Cookie", session)
                .GET()).body();
        assertThat(incident).as("the grading reason's figures with separators").contains("(<span>12,000,000</span>)");
    }

    @Test
    void aDepartmentSortsIncidentsByTheirNextClockOrGradeAndAnUnknownOrderIsRefused() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        report(operator, asset, "Sort probe " + UUID.randomUUID());
        String token = http.token("finance-dept");
        tools.jackson.databind.JsonNode byClock = http.get("/api/v1/incidents?size=200&sort=nextDue,asc", token).json()
                .get("items");
        List<java.time.Instant> dues = new java.util.ArrayList<>();
        boolean seenNone = false;
        for (tools.jackson.databind.JsonNode i : byClock) {
            if (i.get("nextDueAt").isNull()) {
                seenNone = true;
            } else {
                assertThat(seenNone).as("incidents without a running clock come last").isFalse();
                dues.add(java.time.Instant.parse(i.get("nextDueAt").asString()));
            }
        }
        assertThat(dues).isNotEmpty().isSorted();
        List<String> order = List.of("PARTICULARLY_MAJOR", "MAJOR", "RELATIVELY_MAJOR", "GENERAL");
        List<Integer> grades = http.get("/api/v1/incidents?size=200&sort=grade,asc", token).json().get("items")
                .findValuesAsString("grade").stream().map(order::indexOf).toList();
        assertThat(grades).as("the gravest first").isSorted();
        Http.Response unknown = http.get("/api/v1/incidents?sort=summary", token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"sort\"");
        String page = http.send(http.request("/incidents?lang=en&sort=nextDue,asc", null)
                .header("Cookie", http.signIn("finance-dept")).GET()).body();
        assertThat(page).contains("id=\"sort-nextDue\"", "name=\"sort\" value=\"nextDue,asc\"");
    }
}
