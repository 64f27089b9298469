package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Inspections through the API (Art. 26-28, 42, 45): a department is shown the public security organ's overlapping
 * inspection and both are told; the two merge into a joint inspection; the operator confirms, provides a document,
 * rectifies two findings that the department verifies before closing; a failure to cooperate is compliance item 42
 * until cleared; a report of a fee is invisible to the inspecting body; another body's operator answers 404.
 */
@RunningCiip
class InspectionFlowTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    LocalDate today() {
        return LegalTime.today(clock);
    }

    Party operator() {
        return fresh.ciiOperator("FINANCE");
    }

    String plan(String token, Party operator, String topics, LocalDate start, int days) {
        Http.Response planned = http.post("/api/v1/inspections", token, """
                {"operatorId": "%s", "kind": "INSPECTION", "title": "Security program inspection",
                 "topics": [%s], "startsOn": "%s", "endsOn": "%s", "team": "Zhang San (lead), Li Si"}"""
                .formatted(operator.id(), topics, start, start.plusDays(days)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asString();
    }

    @Test
    void aDepartmentSeesThePoliceInspectionThreeWeeksLaterTheyMergeAndTheJointInspectionRunsToItsClose() {
        Party operator = operator();
        String token = http.token(operator.username());
        String psb = http.token("psb-beijing");
        String dept = http.token("finance-dept");
        String police = plan(psb, operator, "\"SECURITY_PROGRAM\", \"PERSONNEL\"", today().plusDays(28), 2);
        String cryptography = plan(psb, operator, "\"CRYPTOGRAPHY\"", today().plusDays(8), 1);

        Http.Response planned = http.post("/api/v1/inspections", dept, """
                {"operatorId": "%s", "kind": "INSPECTION", "title": "Yearly inspection", "legalBasis": "26",
                 "topics": ["SECURITY_PROGRAM", "INCIDENT_RESPONSE"], "startsOn": "%s", "endsOn": "%s",
                 "team": "Wang Wu (lead)"}""".formatted(operator.id(), today().plusDays(7), today().plusDays(9)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        JsonNode mine = planned.json();
        String id = mine.get("id").asString();
        assertThat(mine.get("legalBasis").asString()).isEqualTo("26");
        assertThat(mine.get("overlaps").findValuesAsString("id")).as("the disjoint scope does not overlap")
                .containsExactly(police);
        assertThat(http.get("/api/v1/inbox?size=50", psb).body()).contains("overlaps yours");
        assertThat(http.get("/api/v1/inbox?size=50", dept).body()).contains("overlaps 1 inspection");
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("plans an inspection")
                .contains("free of charge");
        assertThat(http.get("/api/v1/inspections/" + id, token).json().get("overlaps").isEmpty())
                .as("the operator does not see the coordination").isTrue();
        assertThat(http.get("/api/v1/inspections/" + id, http.token("cac")).status())
                .as("CAC sees every inspection").isEqualTo(200);
        assertThat(http.get("/api/v1/inspections?status=PLANNED&q=" + mine.get("number").asString(),
                http.token("cac")).json().get("items").findValuesAsString("id")).containsExactly(id);

        JsonNode joint = http.post("/api/v1/inspections/" + police + "/merger", psb,
                "{\"intoId\": \"" + id + "\"}").json();
        assertThat(joint.get("id").asString()).isEqualTo(id);
        assertThat(joint.get("bodies").findValuesAsString("role")).containsExactly("LEAD", "MEMBER");
        assertThat(joint.get("topics").toString()).contains("PERSONNEL", "INCIDENT_RESPONSE");
        assertThat(http.get("/api/v1/inspections/" + police, psb).json().get("status").asString())
                .isEqualTo("MERGED");
        assertThat(http.post("/api/v1/inspections/" + cryptography + "/merger", psb,
                "{\"intoId\": \"" + id + "\"}").errorFields()).as("only an overlapping one").containsExactly("intoId");

        assertThat(http.post("/api/v1/inspections/" + id + "/findings", dept,
                "{\"title\": \"x\", \"severity\": \"LOW\", \"rectifyBy\": \"" + today().plusDays(30) + "\"}")
                .status()).as("findings after the operator confirms").isEqualTo(409);
        assertThat(http.post("/api/v1/inspections/" + id + "/confirmation", token, "{}").json().get("status")
                .asString()).isEqualTo("CONFIRMED");
        http.post("/api/v1/inspections/" + id + "/attendance", token, "{\"attendees\": \"Chen Jing (CISO)\"}");
        Http.Response bad = http.postFile("/api/v1/inspections/" + id + "/documents", token, "policy.pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(bad.errorFields()).containsExactly("file");
        JsonNode provided = http.postFile("/api/v1/inspections/" + id + "/documents", token, "policy.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).json();
        String document = provided.get("documents").get(0).get("id").asString();
        Http.Response read = http.get("/api/v1/inspections/" + id + "/documents/" + document, psb);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).startsWith("%PDF");
        assertThat(http.get("/api/v1/access/reads?size=50", token).body()).as("the team's read is on the access log")
                .contains("InspectionDocument").contains("INSPECTION");
        assertThat(http.get("/api/v1/inspections/" + id + "/documents/" + document, http.token("cac")).status())
                .as("CAC oversees; it does not read inspection files").isEqualTo(404);

        for (String title : new String[] {"Backups untested", "Admin accounts shared"}) {
            http.post("/api/v1/inspections/" + id + "/findings", dept, """
                    {"title": "%s", "severity": "MEDIUM", "rectifyBy": "%s"}""".formatted(title, today().plusDays(30)));
        }
        assertThat(http.post("/api/v1/inspections/" + id + "/closure", dept, "{\"conclusion\": \"Done\"}").status())
                .as("findings not verified").isEqualTo(409);
        assertThat(http.post("/api/v1/inspections/" + id + "/findings/1/verification", dept, "{}").status())
                .as("verified after rectification").isEqualTo(409);
        for (int seq = 1; seq <= 2; seq++) {
            http.post("/api/v1/inspections/" + id + "/findings/" + seq + "/rectification", token,
                    "{\"rectification\": \"Fixed; see change ticket CHG-" + seq + "\"}");
            http.post("/api/v1/inspections/" + id + "/findings/" + seq + "/verification", dept, "{}");
        }
        JsonNode closed = http.post("/api/v1/inspections/" + id + "/closure", dept,
                "{\"conclusion\": \"Two findings rectified and verified.\"}").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("findings").findValuesAsString("status")).containsOnly("VERIFIED");
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("was closed");
        assertThat(http.brokenPages("psb-beijing", "/inspections/" + police, "/inspections/" + id)).isEmpty();
        assertThat(http.brokenPages("finance-dept", "/inspections/" + id, "/inspections", "/inspections/new",
                "/inspections/new?operatorId=" + operator.id(), "/supervision-calendar",
                "/supervision-calendar?month=" + today().plusMonths(1).toString().substring(0, 7))).isEmpty();
        assertThat(http.brokenPages(operator.username(), "/inspections/" + id, "/inspections",
                "/supervision-calendar")).isEmpty();
    }

    @Test
    void aFailureToCooperateIsItem42UntilClearedAndAFeeReportIsKeptFromTheInspectingBody() {
        Party operator = operator();
        String token = http.token(operator.username());
        String dept = http.token("finance-dept");
        String id = plan(dept, operator, "\"VULNERABILITIES\"", today(), 3);
        assertThat(http.get("/api/v1/inspections/" + id, http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/inspections", http.token("energy-dept"), """
                {"operatorId": "%s", "kind": "INSPECTION", "title": "x", "topics": ["SECRECY"], "startsOn": "%s",
                 "endsOn": "%s", "team": "x"}""".formatted(operator.id(), today(), today())).status())
                .as("an operator outside the body's jurisdiction").isEqualTo(404);

        JsonNode recorded = http.post("/api/v1/inspections/" + id + "/non-cooperation", dept, """
                {"kind": "REFUSED_ACCESS", "facts": "The team was refused entry to the data centre.",
                 "occurredOn": "%s"}""".formatted(today())).json();
        String record = recorded.get("nonCooperation").get(0).get("id").asString();
        JsonNode item = item(http.get("/api/v1/operators/" + operator.id() + "/compliance", token).json(), "42");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").get(0).get("links").get(0).asString()).isEqualTo("/inspections/" + id);
        assertThat(item.get("consequence").toString()).contains("50000");
        assertThat(http.brokenPages("finance-dept", "/inspections/" + id)).isEmpty();
        assertThat(http.send(http.request("/inspections/" + id, null, "Accept", "text/html")
                .header("Cookie", http.signIn("finance-dept")).GET()).body()).contains("id=\"open-case\"");
        String caseBody = """
                {"article": "42", "operatorId": "%s", "sourceKind": "INSPECTION", "sourceRef": "%s",
                 "facts": "The team was refused entry to the data centre on %s.", "actDate": "%s"}""";
        Http.Response opened = http.post("/api/v1/enforcement-cases", dept, caseBody.formatted(operator.id(), id,
                today(), today()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("sourceKind").asString()).isEqualTo("INSPECTION");
        String elsewhere = plan(http.token("psb-beijing"), operator, "\"SECRECY\"", today().plusDays(40), 1);
        assertThat(http.post("/api/v1/enforcement-cases", dept, caseBody.formatted(operator.id(), elsewhere, today(),
                today())).errorFields()).as("an inspection the department did not carry out").contains("sourceRef");
        http.post("/api/v1/inspections/" + id + "/non-cooperation/" + record + "/clearance", dept,
                "{\"note\": \"Entry granted on the second visit.\"}");
        assertThat(item(http.get("/api/v1/operators/" + operator.id() + "/compliance", token).json(), "42")
                .get("status").asString()).isEqualTo("COMPLIANT");

        JsonNode reported = http.post("/api/v1/inspections/" + id + "/conduct-reports", token,
                "{\"kind\": \"FEE\", \"description\": \"The team asked for a 5,000 yuan testing fee.\", "
                        + "\"amount\": 5000}").json();
        String report = reported.get("conductReports").get(0).asString();
        assertThat(http.get("/api/v1/conduct-reports/" + report, dept).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/inspections/" + id, dept).json().get("conductReports").isEmpty()).isTrue();
        assertThat(http.get("/api/v1/conduct-reports/" + report, http.token("mps")).json().get("description")
                .asString()).contains("5,000 yuan");
    }

    static JsonNode item(JsonNode compliance, String article) {
        for (JsonNode i : compliance.get("items")) {
            if (i.get("article").asString().equals(article)) {
                return i;
            }
        }
        throw new AssertionError("no item " + article);
    }
}
