package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Testing authorizations through the API (Art. 31): both routes with a refusal at each step; the public verification
 * inside and outside the window, for sources and targets in and out of scope, after revocation, revealing nothing
 * else; a telecom target blocked until the advance report is on time; findings handed to the operator as an
 * assessment; and another agency answered 404.
 */
@RunningCiip
class TestingAuthorizationFlowTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    /** A fresh operator with one CII asset: its token, credit code, asset id and name. */
    record Target(Party operator, String token, String creditCode, String assetId, String assetName) {
    }

    Target target() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = fresh.ciiAsset(operator);
        String name = http.get("/api/v1/assets/" + asset, token).json().get("name").asString();
        String code = http.get("/api/v1/organizations/" + operator.id(), token).json().get("creditCode").asString();
        return new Target(operator, token, code, asset, name);
    }

    static String request(Target t, String route, Instant start, Instant end) {
        return """
                {"title": "Penetration test of the core system", "route": "%s", "operatorCreditCode": "%s",
                 "targets": [{"assetName": "%s", "kind": "HOST", "value": "10.20.0.5", "owner": "Core banking team"},
                             {"assetName": "%s", "kind": "URL", "value": "https://core.bank.cn/app/", "owner": "Web team"}],
                 "activities": ["PENETRATION_TESTING", "VULNERABILITY_SCANNING"], "excludedTechniques": "No DoS",
                 "windows": [{"startsAt": "%s", "endsAt": "%s"}],
                 "testers": [{"name": "刘洋 Liu Yang", "organization": "Demo Assessment Centre", "idNumber": "%s"}],
                 "sourceAddresses": ["203.0.113.7", "203.0.113.8"],
                 "contactName": "Liu Yang", "contactPhone": "+86 10 5555 0100"}"""
                .formatted(route, t.creditCode(), t.assetName(), t.assetName(), start, end, FreshOperators.idNumber());
    }

    Instant inAnHour() {
        return clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void anAgencyIsAuthorizedByTheOperatorAndItsDepartmentAnyoneVerifiesItAndTheFindingsReachTheOperator() {
        Target t = target();
        String agency = http.token("agency");
        Http.Response bad = http.post("/api/v1/testing-authorizations", agency, """
                {"title": "", "route": "SIDEWAYS", "operatorCreditCode": "%s",
                 "targets": [{"assetName": "No such system", "kind": "HOST", "value": "not a host", "owner": "x"}],
                 "activities": ["DDOS"], "windows": [{"startsAt": "2020-01-01T00:00:00Z", "endsAt": "2020-01-01T01:00:00Z"}],
                 "testers": [{"name": "X", "organization": "Y", "idNumber": "110101199001011230"}],
                 "sourceAddresses": ["evil.example"], "contactName": "", "contactPhone": "1"}""".formatted(t.creditCode()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("title", "route", "targets[0].value", "activities",
                "windows[0].startsAt", "testers[0].idNumber", "sourceAddresses[0]", "contactName");
        assertThat(http.post("/api/v1/testing-authorizations", agency, request(t, "OPERATOR", inAnHour(),
                inAnHour().plus(Duration.ofDays(2))).replace(t.assetName(), "Someone else's system")).errorFields())
                .as("one answer for every asset the operator does not have as CII").contains("targets[0].assetName");

        Instant start = inAnHour();
        Http.Response asked = http.post("/api/v1/testing-authorizations", agency, request(t, "OPERATOR", start,
                start.plus(Duration.ofDays(2))));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        JsonNode requested = asked.json();
        String id = requested.get("id").asString();
        assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.get("number").isNull()).isTrue();
        assertThat(requested.get("steps").findValuesAsString("party")).containsExactlyInAnyOrder("OPERATOR",
                "DEPARTMENT");
        assertThat(requested.get("testers").get(0).has("idNumber")).as("the number is kept only as a hash").isFalse();
        assertThat(http.get("/api/v1/testing-authorizations/" + id + "/document", agency).status())
                .as("no document before the approvals").isEqualTo(409);
        assertThat(http.get("/api/v1/inbox?size=50", t.token()).body()).contains("asks to test CII of");

        Party otherAgency = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        assertThat(http.get("/api/v1/testing-authorizations/" + id, http.token(otherAgency.username())).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/testing-authorizations/" + id, http.token("cac")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/testing-authorizations/" + id + "/decisions", agency,
                "{\"decision\": \"APPROVED\"}").status()).as("the requester approves nothing").isEqualTo(403);

        String dept = http.token("finance-dept");
        JsonNode half = http.post("/api/v1/testing-authorizations/" + id + "/decisions", dept,
                "{\"decision\": \"APPROVED\", \"conditions\": \"Stop at once on any service degradation\"}").json();
        assertThat(half.get("status").asString()).as("one approval of two").isEqualTo("REQUESTED");
        JsonNode authorized = http.post("/api/v1/testing-authorizations/" + id + "/decisions", t.token(),
                "{\"decision\": \"APPROVED\"}").json();
        assertThat(authorized.get("status").asString()).isEqualTo("AUTHORIZED");
        String number = authorized.get("number").asString();
        assertThat(number).matches("TA-\\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(http.post("/api/v1/testing-authorizations/" + id + "/decisions", dept,
                "{\"decision\": \"REFUSED\", \"reason\": \"late\"}").status()).isEqualTo(409);

        JsonNode before = http.get("/verify/authorizations/" + number + "?source=203.0.113.7", null).json();
        assertThat(before.get("validNow").asBoolean()).isFalse();
        assertThat(before.get("reason").asString()).isEqualTo("OUTSIDE_WINDOW");
        Http.Response pdf = http.get("/api/v1/testing-authorizations/" + id + "/document?lang=zh", agency);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        clock.advance(Duration.ofHours(2));
        try {
            JsonNode inside = http.get("/verify/authorizations/" + number + "?source=203.0.113.7&target="
                    + "https://core.bank.cn/app/login", null).json();
            assertThat(inside.get("validNow").asBoolean()).isTrue();
            assertThat(inside.get("sourceInScope").asBoolean()).isTrue();
            assertThat(inside.get("targetInScope").asBoolean()).isTrue();
            Http.Response third = http.get("/verify/authorizations/" + number.toLowerCase()
                    + "?source=203.0.113.9&target=10.20.0.6", null);
            assertThat(third.json().get("validNow").asBoolean()).isTrue();
            assertThat(third.json().get("sourceInScope").asBoolean()).as("a third address").isFalse();
            assertThat(third.json().get("targetInScope").asBoolean()).isFalse();
            assertThat(third.body()).as("nothing beyond the authorization's own scope")
                    .doesNotContain(t.assetName(), "Test OPERATOR", "10.20.0.5", "203.0.113.8", "Liu Yang",
                            "5555", "core.bank.cn", "Core banking team");
            Http.Response page = http.send(http.request("/verify/authorizations/" + number
                    + "?source=203.0.113.9", null, "Accept", "text/html").GET());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("not in scope").doesNotContain(t.assetName(), "10.20.0.5", "Liu Yang");
            assertThat(http.get("/verify/authorizations/TA-2026-00000-00000", null).status()).isEqualTo(404);

            assertThat(http.post("/api/v1/testing-authorizations/" + id + "/sessions", agency,
                    "{\"testerSeq\": 1, \"sourceAddress\": \"203.0.113.9\"}").errorFields())
                    .containsExactly("sourceAddress");
            JsonNode running = http.post("/api/v1/testing-authorizations/" + id + "/sessions", agency,
                    "{\"testerSeq\": 1, \"sourceAddress\": \"203.0.113.7\"}").json();
            String session = running.get("sessions").get(0).get("id").asString();
            assertThat(http.get("/api/v1/testing-authorizations/" + id, t.token()).json().get("sessions").get(0)
                    .get("stoppedAt").isNull()).as("the operator sees the session live").isTrue();
            http.post("/api/v1/testing-authorizations/" + id + "/findings", agency, """
                    {"assetId": "%s", "title": "SQL injection in the login form", "severity": "HIGH",
                     "cvssVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "rectifyBy": "%s"}"""
                    .formatted(t.assetId(), LocalDate.now().plusYears(1)));
            assertThat(http.post("/api/v1/testing-authorizations/" + id + "/closure", agency,
                    "{\"report\": \"Done\"}").status()).as("a session still runs").isEqualTo(409);
            http.post("/api/v1/testing-authorizations/" + id + "/sessions/" + session + "/stop", agency, "{}");
        } finally {
            clock.reset();
        }
        JsonNode closed = http.post("/api/v1/testing-authorizations/" + id + "/closure", agency,
                "{\"report\": \"One high finding; details in the assessment.\"}").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        JsonNode assessments = http.get("/api/v1/assessments?operatorId=" + t.operator().id(), t.token()).json();
        assertThat(assessments.get("items").findValuesAsString("assetId")).contains(t.assetId());
        String assessment = assessments.get("items").get(0).get("id").asString();
        JsonNode handed = http.get("/api/v1/assessments/" + assessment, t.token()).json();
        assertThat(handed.get("agencyName").asString()).isNotBlank();
        assertThat(handed.get("scope").asString()).contains(number);
        assertThat(handed.get("findings").findValuesAsString("title")).containsExactly("SQL injection in the login form");
        assertThat(handed.get("findings").get(0).get("cvssScore").decimalValue()).isEqualByComparingTo("9.8");
        assertThat(http.get("/verify/authorizations/" + number, null).json().get("reason").asString())
                .isEqualTo("CLOSED");
    }

    String authorized(Target t, String requesterToken, Instant start) {
        String id = http.post("/api/v1/testing-authorizations", requesterToken, request(t, "OPERATOR", start,
                start.plus(Duration.ofDays(1)))).json().get("id").asString();
        http.post("/api/v1/testing-authorizations/" + id + "/decisions", http.token("finance-dept"),
                "{\"decision\": \"APPROVED\"}");
        JsonNode a = http.post("/api/v1/testing-authorizations/" + id + "/decisions", t.token(),
                "{\"decision\": \"APPROVED\"}").json();
        assertThat(a.get("status").asString()).as(a.toString()).isEqualTo("AUTHORIZED");
        return id;
    }

    @Test
    void aRefusalAtEitherStepOfTheOperatorRouteEndsTheRequestWithItsReason() {
        Target t = target();
        String agency = http.token("agency");
        String first = http.post("/api/v1/testing-authorizations", agency, request(t, "OPERATOR", inAnHour(),
                inAnHour().plus(Duration.ofDays(1)))).json().get("id").asString();
        assertThat(http.post("/api/v1/testing-authorizations/" + first + "/decisions", t.token(),
                "{\"decision\": \"REFUSED\"}").errorFields()).containsExactly("reason");
        JsonNode refused = http.post("/api/v1/testing-authorizations/" + first + "/decisions", t.token(),
                "{\"decision\": \"REFUSED\", \"reason\": \"Year-end freeze\"}").json();
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("statusReason").asString()).isEqualTo("Year-end freeze");
        assertThat(http.post("/api/v1/testing-authorizations/" + first + "/decisions", http.token("finance-dept"),
                "{\"decision\": \"APPROVED\"}").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/inbox?size=50", agency).body()).contains("refused the testing");

        String second = http.post("/api/v1/testing-authorizations", agency, request(t, "OPERATOR", inAnHour(),
                inAnHour().plus(Duration.ofDays(1)))).json().get("id").asString();
        http.post("/api/v1/testing-authorizations/" + second + "/decisions", t.token(), "{\"decision\": \"APPROVED\"}");
        JsonNode byDepartment = http.post("/api/v1/testing-authorizations/" + second + "/decisions",
                http.token("finance-dept"), "{\"decision\": \"REFUSED\", \"reason\": \"Use the national route\"}")
                .json();
        assertThat(byDepartment.get("status").asString()).isEqualTo("REFUSED");
        assertThat(byDepartment.get("steps").findValuesAsString("decision")).containsExactlyInAnyOrder("APPROVED",
                "REFUSED");
    }

    @Test
    void theNationalRouteNeedsCacAndMpsAndARefusalByEitherEndsIt() {
        Target t = target();
        String agency = http.token("agency");
        String refusedId = http.post("/api/v1/testing-authorizations", agency, request(t, "NATIONAL", inAnHour(),
                inAnHour().plus(Duration.ofDays(1)))).json().get("id").asString();
        assertThat(http.post("/api/v1/testing-authorizations/" + refusedId + "/decisions", t.token(),
                "{\"decision\": \"APPROVED\"}").status()).as("the operator has no step on this route").isEqualTo(403);
        http.post("/api/v1/testing-authorizations/" + refusedId + "/decisions", http.token("cac"),
                "{\"decision\": \"APPROVED\"}");
        assertThat(http.post("/api/v1/testing-authorizations/" + refusedId + "/decisions", http.token("mps"),
                "{\"decision\": \"REFUSED\", \"reason\": \"Not in the national plan\"}").json().get("status")
                .asString()).isEqualTo("REFUSED");

        String id = http.post("/api/v1/testing-authorizations", agency, request(t, "NATIONAL", inAnHour(),
                inAnHour().plus(Duration.ofDays(1)))).json().get("id").asString();
        http.post("/api/v1/testing-authorizations/" + id + "/decisions", http.token("mps"),
                "{\"decision\": \"APPROVED\"}");
        JsonNode a = http.post("/api/v1/testing-authorizations/" + id + "/decisions", http.token("cac"),
                "{\"decision\": \"APPROVED\", \"conditions\": \"Report daily\"}").json();
        assertThat(a.get("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(a.get("steps").findValuesAsString("party")).containsExactlyInAnyOrder("CAC", "MPS");
    }

    @Test
    void revocationTakesEffectAtOnceForTheVerificationAndTheTesters() {
        Target t = target();
        String agency = http.token("agency");
        String id = authorized(t, agency, inAnHour());
        String number = http.get("/api/v1/testing-authorizations/" + id, agency).json().get("number").asString();
        clock.advance(Duration.ofHours(2));
        try {
            assertThat(http.get("/verify/authorizations/" + number, null).json().get("validNow").asBoolean())
                    .isTrue();
            http.post("/api/v1/testing-authorizations/" + id + "/sessions", agency,
                    "{\"testerSeq\": 1, \"sourceAddress\": \"203.0.113.8\"}");
            assertThat(http.post("/api/v1/testing-authorizations/" + id + "/revocation", agency,
                    "{\"reason\": \"x\"}").status()).as("only an approver revokes").isEqualTo(403);
            JsonNode revoked = http.post("/api/v1/testing-authorizations/" + id + "/revocation", t.token(),
                    "{\"reason\": \"Production incident\"}").json();
            assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
            assertThat(revoked.get("sessions").get(0).get("stoppedAt").isNull()).as("sessions stopped").isFalse();
            JsonNode verified = http.get("/verify/authorizations/" + number + "?source=203.0.113.8", null).json();
            assertThat(verified.get("validNow").asBoolean()).isFalse();
            assertThat(verified.get("reason").asString()).isEqualTo("REVOKED");
            assertThat(http.post("/api/v1/testing-authorizations/" + id + "/sessions", agency,
                    "{\"testerSeq\": 1, \"sourceAddress\": \"203.0.113.8\"}").status()).isEqualTo(409);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aTelecomTargetIsBlockedUntilTheTelecomAuthorityIsToldInTimeAndLateWhenItIsNot() {
        Target t = target();
        JsonNode asset = http.get("/api/v1/assets/" + t.assetId(), t.token()).json();
        assertThat(asset.get("basicTelecomNetwork").asBoolean()).as("a finance asset is not, by default").isFalse();
        http.patch("/api/v1/assets/" + t.assetId(), t.token(), "{\"basicTelecomNetwork\": true, \"version\": "
                + asset.get("version").asInt() + "}");
        String agency = http.token("agency");
        Instant farStart = clock.instant().plus(Duration.ofHours(100)).truncatedTo(ChronoUnit.SECONDS);
        String onTime = authorized(t, agency, farStart);
        Instant nearStart = clock.instant().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        String late = authorized(t, agency, nearStart);
        JsonNode view = http.get("/api/v1/testing-authorizations/" + onTime, agency).json();
        assertThat(view.get("telecom").asBoolean()).isTrue();
        assertThat(view.get("advanceHours").asInt()).isEqualTo(72);
        assertThat(http.get("/api/v1/testing-authorizations/" + onTime, http.token("miit")).status())
                .as("the telecom authority sees it").isEqualTo(200);

        http.post("/api/v1/testing-authorizations/" + onTime + "/advance-report", agency, "{}");
        http.post("/api/v1/testing-authorizations/" + late + "/advance-report", agency, "{}");
        assertThat(http.get("/api/v1/testing-authorizations/" + late, agency).json().get("windows").get(0)
                .get("advanceOnTime").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/inbox?size=50", http.token("miit")).body()).contains("reported late");
        String onTimeNumber = view.get("number").asString();
        String lateNumber = http.get("/api/v1/testing-authorizations/" + late, agency).json().get("number")
                .asString();
        clock.advance(Duration.ofHours(11));
        try {
            assertThat(http.get("/verify/authorizations/" + lateNumber, null).json().get("reason").asString())
                    .isEqualTo("ADVANCE_REPORT_LATE");
        } finally {
            clock.reset();
        }
        clock.advance(Duration.ofHours(101));
        try {
            assertThat(http.get("/verify/authorizations/" + onTimeNumber, null).json().get("reason").asString())
                    .isEqualTo("VALID");
        } finally {
            clock.reset();
        }
        http.post("/api/v1/testing-authorizations/" + onTime + "/objection", http.token("miit"),
                "{\"objection\": \"Core network change freeze\"}");
        assertThat(http.get("/api/v1/testing-authorizations/" + onTime, agency).json().get("objection").asString())
                .isEqualTo("Core network change freeze");
        clock.advance(Duration.ofHours(101));
        try {
            assertThat(http.get("/verify/authorizations/" + onTimeNumber, null).json().get("reason").asString())
                    .isEqualTo("OBJECTED");
        } finally {
            clock.reset();
        }
    }

    @Test
    void anOperatorReportsUnauthorizedTestingAndPublicSecurityEntersTheTesterInTheSanctionsRegister() {
        Target t = target();
        Instant observed = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"observedFrom": "%s", "observedTo": "%s", "sourceAddress": "198.51.100.23", "target": "10.20.0.5",
                 %s "description": "Port scan then SQL injection attempts on the core system",
                 "evidence": "2026-12-02 09:14:03 IDS alert SQLi from 198.51.100.23"}""";
        JsonNode report = http.post("/api/v1/unauthorized-testing", t.token(), body.formatted(observed,
                observed.plus(Duration.ofMinutes(40)), "")).json();
        assertThat(report.get("finding").asString()).isEqualTo("NO_AUTHORIZATION");
        String id = report.get("id").asString();
        assertThat(http.get("/api/v1/unauthorized-testing/" + id, http.token("finance-dept")).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/unauthorized-testing/" + id, http.token("agency")).status()).isEqualTo(404);
        String psb = http.token("psb-beijing");
        assertThat(http.get("/api/v1/inbox?size=50", psb).body()).contains("reports unauthorized testing");
        assertThat(http.post("/api/v1/unauthorized-testing/" + id + "/sanction", http.token("finance-dept"), "{}")
                .status()).as("public security punishes").isEqualTo(403);
        assertThat(http.post("/api/v1/unauthorized-testing/" + id + "/sanction", psb,
                "{\"personName\": \"\", \"kind\": \"PUBLIC_SECURITY_PUNISHMENT\"}").errorFields())
                .contains("personName", "idNumber", "decidedOn");
        JsonNode sanctioned = http.post("/api/v1/unauthorized-testing/" + id + "/sanction", psb, """
                {"personName": "Zhou Kai", "idNumber": "%s", "kind": "PUBLIC_SECURITY_PUNISHMENT",
                 "decidedOn": "%s"}""".formatted(FreshOperators.idNumber(), LocalDate.now().minusDays(1))).json();
        String sanction = sanctioned.get("sanctionId").asString();
        JsonNode entry = http.get("/api/v1/sanctions/" + sanction, psb).json();
        assertThat(entry.get("article").asString()).isEqualTo("31");
        assertThat(entry.get("barredUntil").asString()).as("the five-year ban of Art. 43 para 3").isNotBlank();

        String agency = http.token("agency");
        String authorization = authorized(t, agency, clock.instant().plus(Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS));
        String number = http.get("/api/v1/testing-authorizations/" + authorization, agency).json().get("number")
                .asString();
        JsonNode outside = http.post("/api/v1/unauthorized-testing", t.token(), body.formatted(observed,
                observed.plus(Duration.ofMinutes(40)), "\"authorizationNumber\": \"" + number + "\",")).json();
        assertThat(outside.get("finding").asString()).isEqualTo("OUTSIDE_WINDOW");
        clock.advance(Duration.ofHours(3));
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String inWindow = """
                    {"observedFrom": "%s", "observedTo": "%s", "sourceAddress": "%s", "target": "10.20.0.5",
                     "authorizationNumber": "%s", "description": "Scan", "evidence": "IDS log"}""";
            assertThat(http.post("/api/v1/unauthorized-testing", t.token(), inWindow.formatted(now.minusSeconds(600),
                    now.minusSeconds(60), "198.51.100.23", number)).json().get("finding").asString())
                    .isEqualTo("WRONG_SOURCE");
            Http.Response covered = http.post("/api/v1/unauthorized-testing", t.token(), inWindow.formatted(
                    now.minusSeconds(600), now.minusSeconds(60), "203.0.113.7", number));
            assertThat(covered.status()).as("authorized testing is not reported").isEqualTo(422);
        } finally {
            clock.reset();
        }

        // every page of both, in both languages, for the parties that open them
        assertThat(http.brokenPages(t.operator().username(), "/testing/" + authorization,
                "/unauthorized-testing/" + id, "/unauthorized-testing/new", "/testing/new",
                "/verify/authorizations/" + number, "/verify/authorizations")).isEmpty();
        assertThat(http.send(http.request("/unauthorized-testing/" + id + "?lang=zh-CN", null, "Accept", "text/html")
                .header("Cookie", http.signIn("psb-beijing")).GET()).body()).contains("登记处罚", "无授权");

        String reporter = http.signIn(t.operator().username());
        assertThat(http.page(reporter, "/unauthorized-testing?lang=en"))
                .contains("/unauthorized-testing/export?format=xlsx");
        java.util.List<String> rows = http.csvRows(reporter, "/unauthorized-testing/export?format=csv&lang=en");
        assertThat(rows.get(0)).isEqualTo("Reported,Operator,Observed from,Observed until,Source address,Target,"
                + "Authorization number shown,Finding,What happened,Sanction entered,Entered by");
        assertThat(rows.subList(1, rows.size())).as("its three reports, newest first")
                .extracting(r -> r.split(",")[7])
                .containsExactly("From a source outside the scope", "Outside the authorized windows",
                        "No authorization");
        assertThat(rows.get(3)).contains(",198.51.100.23,10.20.0.5,,No authorization,Port scan then SQL injection")
                .doesNotEndWith(",");
        assertThat(http.csvRows(http.signIn("psb-beijing"), "/unauthorized-testing/export?format=csv&lang=zh-CN"))
                .anySatisfy(r -> assertThat(r).contains("198.51.100.23", "无授权", "Port scan then SQL injection"));
        assertThat(http.csvRows(http.signIn("grid-officer"), "/unauthorized-testing/export?format=csv&lang=en"))
                .as("another operator's reports").noneSatisfy(r -> assertThat(r).contains("Port scan then SQL"));
    }
}
