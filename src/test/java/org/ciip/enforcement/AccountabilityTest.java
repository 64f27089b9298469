package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Holding departments to account (Art. 44, 45, 47) through the API. */
@RunningCiip
class AccountabilityTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    Accountability accountability;

    UUID financeDept() {
        return jdbc.queryForObject("select organization_id from account where username = 'finance-dept'", UUID.class);
    }

    JsonNode duties(UUID body) {
        for (JsonNode d : http.get("/api/v1/accountability/departments", http.token("mps")).json()) {
            if (d.get("organizationId").asString().equals(body.toString())) {
                return d;
            }
        }
        throw new AssertionError("no row for " + body);
    }

    String majorIncident(FreshOperators.Party operator) {
        String asset = fresh.ciiAsset(operator);
        Http.Response reported = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Data leak",
                 "impact": {"personalInfoRecordsLeaked": 12000000}}""".formatted(asset,
                clock.instant().minusSeconds(600)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.json().get("grade").asString()).isEqualTo("MAJOR");
        return reported.json().get("id").asString();
    }

    @Test
    void aForwardingLeftPastItsClockAndAnOrderNotFollowedUpCountAgainstTheDepartment() {
        UUID finance = financeDept();
        FreshOperators.Party operator = fresh.operator("FINANCE");
        JsonNode before = duties(finance);
        majorIncident(operator);
        Http.Response opened = http.post("/api/v1/enforcement-cases", http.token("finance-dept"), """
                {"article": "39(3)", "operatorId": "%s", "facts": "No protection system.", "actDate": "%s"}"""
                .formatted(operator.id(), org.ciip.shared.LegalTime.today(clock)));
        String caseId = opened.json().get("id").asString();
        assertThat(http.post("/api/v1/enforcement-cases/" + caseId + "/orders", http.token("finance-dept"),
                "{\"requirements\": \"Set up the system.\", \"correctWithinDays\": 1}").status()).isEqualTo(200);
        clock.advance(Duration.ofDays(40));
        try {
            // 40 days on, API tokens have expired: MPS's view through the service
            UUID mps = jdbc.queryForObject("select organization_id from account where username = 'mps'", UUID.class);
            Actor mpsOfficer = new Actor(UUID.randomUUID(), "mps", "MPS", mps, OrganizationKind.MPS,
                    Set.of(Role.SECURITY_OFFICER), new Jurisdiction(mps, OrganizationKind.MPS, Set.of(), null));
            AccountabilityViews.DepartmentDuties after = accountability.departments(mpsOfficer).stream()
                    .filter(d -> d.organizationId().equals(finance)).findFirst().orElseThrow();
            assertThat(after.lateForwardings()).isGreaterThan(before.get("lateForwardings").asLong());
            assertThat(after.ordersNotFollowedUp()).isEqualTo(before.get("ordersNotFollowedUp").asLong() + 1);
        } finally {
            clock.reset();
        }
        assertThat(http.get("/api/v1/accountability/departments", http.token("finance-dept")).status())
                .isEqualTo(404);
    }

    @Test
    void aFeeReportFoundFoundedByMpsCountsAgainstTheBodyAndIsSeenByItsOperatorOnly() {
        UUID finance = financeDept();
        long founded = duties(finance).get("conductFounded").asLong();
        FreshOperators.Party operator = fresh.operator("FINANCE");
        Http.Response bad = http.post("/api/v1/conduct-reports", http.token(operator.username()),
                "{\"bodyId\": \"" + operator.id() + "\", \"kind\": \"TIP\", \"description\": \"\"}");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("bodyId", "kind", "description");
        Http.Response reported = http.post("/api/v1/conduct-reports", http.token(operator.username()), """
                {"bodyId": "%s", "kind": "FEE", "description": "The inspection team charged a testing fee.",
                 "amount": 20000}""".formatted(finance));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").asString();
        assertThat(http.get("/api/v1/conduct-reports/" + id, http.token(fresh.operator("FINANCE").username()))
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/conduct-reports/" + id, http.token("finance-dept")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/conduct-reports/" + id + "/decision", http.token("finance-dept"),
                "{\"founded\": true, \"outcome\": \"x\"}").status()).isEqualTo(404);
        Http.Response decided = http.post("/api/v1/conduct-reports/" + id + "/decision", http.token("mps"),
                "{\"founded\": true, \"outcome\": \"Ordered to correct and refund the fee.\", \"refund\": 20000}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(http.post("/api/v1/conduct-reports/" + id + "/decision", http.token("cac"),
                "{\"founded\": false, \"outcome\": \"again\"}").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/conduct-reports/" + id, http.token(operator.username())).json().get("status")
                .asString()).isEqualTo("FOUNDED");
        assertThat(duties(finance).get("conductFounded").asLong()).isEqualTo(founded + 1);
        assertThat(http.get("/api/v1/inbox", http.token("finance-dept")).body()).contains("found founded");

        String mps = http.signIn("mps");
        assertThat(http.page(mps, "/accountability?lang=en")).contains("/accountability/export?format=csv",
                "/conduct-reports/export?format=xlsx");
        java.util.List<String> bodies = http.csvRows(mps, "/accountability/export?format=csv&lang=en");
        assertThat(bodies.get(0)).isEqualTo("Inspecting body,Kind of body,Late forwarding,Late re-certifications,"
                + "Orders not followed up,Fees or brands founded,Fees or brands reported");
        assertThat(bodies).filteredOn(r -> r.startsWith("People's Bank of China,")).singleElement()
                .satisfies(r -> assertThat(r.split(",")[5]).isEqualTo(String.valueOf(founded + 1)));
        String row = ",Fees charged,The inspection team charged a testing fee.,20000.00,"
                + "Founded: ordered to correct and refund,Ordered to correct and refund the fee.,20000.00,";
        java.util.List<String> own = http.csvRows(http.signIn(operator.username()),
                "/conduct-reports/export?format=csv&lang=en");
        assertThat(own.get(0)).isEqualTo("Reported,Operator,Inspecting body,Kind,What happened,Amount charged (CNY),"
                + "Status,Finding and order,Refund ordered (CNY),Found on (Beijing time)");
        assertThat(own).hasSize(2);
        assertThat(own.get(1)).contains(row);
        assertThat(http.csvRows(mps, "/conduct-reports/export?format=csv&lang=en"))
                .anySatisfy(r -> assertThat(r).contains(row));
        assertThat(http.csvRows(http.signIn(fresh.operator("FINANCE").username()),
                "/conduct-reports/export?format=csv&lang=en")).as("another operator's report").hasSize(1);
    }

    @Test
    void mpsInvestigatesAMajorIncidentOnceAndRecordsTheResponsibilitiesUntilItConcludes() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String incident = majorIncident(operator);
        String mps = http.token("mps");
        assertThat(http.post("/api/v1/liability-investigations", http.token("finance-dept"),
                "{\"incidentId\": \"" + incident + "\"}").status()).isEqualTo(404);
        Http.Response opened = http.post("/api/v1/liability-investigations", mps,
                "{\"incidentId\": \"" + incident + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(http.post("/api/v1/liability-investigations", http.token("cac"),
                "{\"incidentId\": \"" + incident + "\"}").status()).isEqualTo(409);
        assertThat(http.post("/api/v1/liability-investigations", mps,
                "{\"incidentId\": \"" + UUID.randomUUID() + "\"}").errorFields()).containsExactly("incidentId");
        Http.Response finding = http.post("/api/v1/liability-investigations/" + id + "/findings", mps, """
                {"partyOrgId": "%s", "partyRole": "OPERATOR", "responsible": true,
                 "finding": "Patches published a year earlier were not applied."}""".formatted(operator.id()));
        assertThat(finding.status()).as(finding.body()).isEqualTo(200);
        assertThat(finding.json().get("findings").get(0).get("partyName").asString()).startsWith("Test OPERATOR");
        assertThat(http.post("/api/v1/liability-investigations/" + id + "/conclusion", mps,
                "{\"liabilityAccident\": true, \"conclusion\": \"A liability accident of the operator.\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/liability-investigations/" + id + "/findings", mps, """
                {"partyName": "An agency", "partyRole": "SERVICE_AGENCY", "responsible": false, "finding": "x"}""")
                .status()).isEqualTo(409);
        JsonNode seen = http.get("/api/v1/liability-investigations/" + id, http.token(operator.username())).json();
        assertThat(seen.get("liabilityAccident").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/liability-investigations/" + id, http.token(fresh.operator("FINANCE")
                .username())).status()).isEqualTo(404);
        assertThat(Instant.parse(seen.get("openedAt").asString())).isBeforeOrEqualTo(clock.instant());
        String concluded = ",Concluded,A liability accident,A liability accident of the operator.,";
        assertThat(http.csvRows(http.signIn(operator.username()),
                "/accountability/investigations/export?format=csv&lang=en")).satisfiesExactly(
                        header -> assertThat(header).isEqualTo("Opened,Operator,Opened by,Status,Liability accident,"
                                + "Conclusion,Concluded (Beijing time)"),
                        r -> assertThat(r).contains(concluded));
        assertThat(http.csvRows(http.signIn("mps"), "/accountability/investigations/export?format=csv&lang=zh-CN"))
                .anySatisfy(r -> assertThat(r).contains(",已结束,认定为责任事故,A liability accident of the operator.,"));
    }

    @Test
    void theOperatorReportsOnItsPageAndMpsFindsOnTheAccountabilityPage() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String session = http.signIn(operator.username());
        Http.Response refused = http.postForm("/conduct-reports", session, "/conduct-reports", "bodyId", "",
                "kind", "BRAND", "description", "");
        assertThat(refused.status()).isEqualTo(302);
        Http.Response again = http.send(http.request("/conduct-reports", null).header("Cookie", session).GET());
        assertThat(again.body()).contains("Must be a protection department").contains("Required.");
        Http.Response reported = http.postForm("/conduct-reports", session, "/conduct-reports", "bodyId",
                financeDept().toString(), "kind", "BRAND", "description", "We were told to buy a named firewall.");
        assertThat(reported.status()).isEqualTo(302);
        assertThat(http.send(http.request("/conduct-reports", null).header("Cookie", session).GET()).body())
                .contains("Your report was sent to MPS and CAC.").contains("Designated brands required");
        String mps = http.signIn("mps");
        Http.Response page = http.send(http.request("/accountability", null).header("Cookie", mps).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"department-table\"").contains("We were told to buy a named firewall.");
        assertThat(http.send(http.request("/accountability", null).header("Cookie", session).GET()).status())
                .isEqualTo(404);
    }
}
