package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Technical support through the API and the pages (Art. 29): a department asks the telecom authority for support on a
 * threat report it received; the authority accepts and assigns it, both write in the thread, the authority closes it;
 * each step is told to the other party, and nobody else sees the request.
 */
@RunningCiip
class TechnicalSupportFlowTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    String miit() {
        for (JsonNode o : http.get("/api/v1/organizations?kind=TELECOM_AUTHORITY", http.token("miit")).json()
                .get("items")) {
            return o.get("id").asString();
        }
        throw new AssertionError("no telecom authority in the demo world");
    }

    @Test
    void theTelecomAuthorityAcceptsWritesAndClosesADepartmentsRequestOnAThreatReport() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, EarlyWarningFlowTest.SECTOR);
        Party operator = fresh.operator(EarlyWarningFlowTest.SECTOR);
        String dept = http.token(department.username());
        String threat = http.post("/api/v1/threat-reports", http.token(operator.username()), """
                {"title": "DDoS against the water SCADA uplink", "description": "Volumetric attack from a botnet",
                 "discoveredAt": "%s"}""".formatted(Instant.now())).json().get("id").asString();
        String title = "Trace the botnet " + UUID.randomUUID();

        Http.Response bad = http.post("/api/v1/support-requests", dept, """
                {"addresseeId": "%s", "subjectKind": "THREAT", "subjectId": "%s", "title": "", "description": "x"}"""
                .formatted(department.id(), UUID.randomUUID()));
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("addresseeId", "subjectId", "title");
        assertThat(http.post("/api/v1/support-requests", http.token(operator.username()), "{}").status())
                .as("an operator asks its department, not the authorities").isEqualTo(403);

        Http.Response asked = http.post("/api/v1/support-requests", dept, """
                {"addresseeId": "%s", "subjectKind": "THREAT", "subjectId": "%s", "title": "%s",
                 "description": "Please trace the botnet's command servers and have the carriers filter them."}"""
                .formatted(miit(), threat, title));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("id").asString();
        String miit = http.token("miit");
        assertThat(http.get("/api/v1/inbox?size=50", miit).body()).contains("asks for technical support: " + title);
        assertThat(http.get("/api/v1/support-requests/" + id, http.token("cac")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/support-requests/" + id + "/closure", miit, "{\"outcome\": \"x\"}").status())
                .as("accepted before closed").isEqualTo(409);
        assertThat(http.post("/api/v1/support-requests/" + id + "/acceptance", dept, "{\"assignee\": \"x\"}")
                .status()).as("the requester does not accept").isEqualTo(403);

        JsonNode accepted = http.post("/api/v1/support-requests/" + id + "/acceptance", miit,
                "{\"assignee\": \"张伟 Zhang Wei\"}").json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(http.get("/api/v1/inbox?size=50", dept).body()).contains("Your support request was accepted");
        http.post("/api/v1/support-requests/" + id + "/messages", dept, "{\"body\": \"Logs attached in the portal.\"}");
        JsonNode thread = http.post("/api/v1/support-requests/" + id + "/messages", miit,
                "{\"body\": \"Two C2 servers found; carriers filter them from 14:00.\"}").json();
        assertThat(thread.get("messages").findValuesAsString("body")).containsExactly("Logs attached in the portal.",
                "Two C2 servers found; carriers filter them from 14:00.");
        assertThat(thread.get("messages").findValues("seq").stream().map(JsonNode::asInt).toList())
                .containsExactly(1, 2);
        JsonNode closed = http.post("/api/v1/support-requests/" + id + "/closure", miit,
                "{\"outcome\": \"Botnet traced; filtering in place at three carriers.\"}").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(http.post("/api/v1/support-requests/" + id + "/messages", dept, "{\"body\": \"Thanks\"}").status())
                .isEqualTo(409);
        assertThat(http.get("/api/v1/inbox?size=50", dept).body()).contains("Your support request was closed");

        Http.Response page = http.send(http.request("/support/" + id + "?lang=zh-CN", null)
                .header("Cookie", http.signIn("miit")).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(title, "已办结", "张伟 Zhang Wei", "Botnet traced");
        Http.Response form = http.send(http.request("/support/new?subjectKind=THREAT&subjectId=" + threat + "&lang=en",
                null).header("Cookie", http.signIn(department.username())).GET());
        assertThat(form.body()).contains("Ask for technical support", threat);
        Http.Response refused = http.postForm("/support?lang=zh-CN", http.signIn(department.username()),
                "/support/new?lang=zh-CN", "addresseeId", miit(), "subjectKind", "THREAT", "subjectId", "not-an-id",
                "title", "", "description", "Please trace the botnet.");
        assertThat(refused.status()).as("sent back").isEqualTo(200);
        assertThat(refused.body()).as("the problem beside its field, in the reader's language")
                .contains("不是有效的编号。").contains("Please trace the botnet.")
                .containsPattern("id=\"subjectId\"[^>]*is-invalid|is-invalid[^>]*id=\"subjectId\"")
                .containsPattern("<label for=\"title\" class=\"form-label required\"");

        String handler = http.signIn("miit");
        String other = http.post("/api/v1/support-requests", dept, """
                {"addresseeId": "%s", "subjectKind": "OTHER", "title": "%s again", "description": "More help."}"""
                .formatted(miit(), title)).json().get("id").asString();
        assertThat(http.postForm("/support/" + other + "/acceptance?lang=zh-CN", handler, "/support/" + other,
                "assignee", " ").status()).isEqualTo(302);
        assertThat(http.page(handler, "/support/" + other + "?lang=zh-CN")).as("the problem beside its field")
                .containsPattern("id=\"assignee\"[^>]*is-invalid|is-invalid[^>]*id=\"assignee\"")
                .contains("必填").doesNotContain("assignee:");
        assertThat(http.postForm("/support/" + other + "/acceptance?lang=en", handler, "/support/" + other,
                "assignee", "王芳 Wang Fang").status()).isEqualTo(302);
        assertThat(http.page(handler, "/support/" + other + "?lang=en"))
                .contains("The request was accepted; the requester was told.", "王芳 Wang Fang")
                .as("closing asks first").contains("with this outcome? Nothing more can be written to it.");
        String requester = http.signIn(department.username());
        assertThat(http.page(requester, "/support?lang=en")).contains("/support/export?format=csv",
                "/support/export?format=xlsx");
        java.util.List<String> rows = http.csvRows(requester, "/support/export?format=csv&lang=en");
        assertThat(rows.get(0)).isEqualTo("Title,About,From,To,Requested,Status,Handled by,Accepted,Closed,Outcome");
        assertThat(rows).hasSize(3);
        assertThat(rows).filteredOn(r -> r.startsWith(title + ",A threat report,")).singleElement().asString()
                .contains(",Closed,张伟 Zhang Wei,").endsWith(",Botnet traced; filtering in place at three carriers.");
        assertThat(http.csvRows(http.signIn("miit"), "/support/export?format=csv&lang=zh-CN"))
                .anySatisfy(r -> assertThat(r).startsWith(title + ",威胁报告,").contains(",已办结,"));
        assertThat(http.csvRows(http.signIn("cac"), "/support/export?format=csv&lang=en"))
                .as("not a party to it").noneSatisfy(r -> assertThat(r).contains(title));
    }
}
