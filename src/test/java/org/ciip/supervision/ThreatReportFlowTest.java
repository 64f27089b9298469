package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * Major-threat reports through the API (Art. 18): an operator reports a threat it discovered to the department of its
 * sector and the public security organ of its province, late after CIIP's default period; a recipient acknowledges it
 * once; the department turns it into a warning for the sector, and the operator is told of each step; nobody else
 * sees it.
 */
@RunningCiip
class ThreatReportFlowTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    @Test
    void aReportedThreatReachesItsRecipientsIsAcknowledgedOnceAndBecomesAWarning() {
        // the sector no demo party is in (see EarlyWarningFlowTest.SECTOR); the Beijing public security organ is the demo's
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, EarlyWarningFlowTest.SECTOR);
        Party operator = fresh.operator(EarlyWarningFlowTest.SECTOR);
        String token = http.token(operator.username());
        String title = "Scanning of the SCADA gateway from 203.0.113.7 " + UUID.randomUUID();
        Http.Response reported = http.post("/api/v1/threat-reports", token, """
                {"title": "%s", "description": "Repeated exploitation attempts against the gateway's VPN",
                 "discoveredAt": "%s", "indicators": "203.0.113.7"}"""
                .formatted(title, Instant.now().minus(Duration.ofHours(30))));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        JsonNode threat = reported.json();
        String id = threat.get("id").asString();
        assertThat(threat.get("late").asBoolean()).as("after CIIP's default 24 hours").isTrue();
        assertThat(threat.get("deadlineConfirmed").asBoolean()).isFalse();
        assertThat(threat.get("status").asString()).isEqualTo("REPORTED");

        String dept = http.token(department.username());
        String psb = http.token("psb-beijing");
        assertThat(http.get("/api/v1/inbox?size=50", dept).body()).contains(title);
        assertThat(http.get("/api/v1/inbox?size=50", psb).body()).contains(title);
        assertThat(http.get("/api/v1/threat-reports/" + id, http.token("finance-dept")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/threat-reports/" + id, http.token("bank-officer")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/threat-reports/" + id + "/acknowledgement", token, "").status())
                .as("the reporter does not acknowledge its own report").isEqualTo(403);

        assertThat(http.post("/api/v1/threat-reports/" + id + "/acknowledgement", psb, "").json().get("status")
                .asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(http.post("/api/v1/threat-reports/" + id + "/acknowledgement", dept, "").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("Your threat report was acknowledged");
        assertThat(http.post("/api/v1/threat-reports/" + id + "/warning", psb, "{}").status())
                .as("only a protection department warns").isEqualTo(403);

        Http.Response warning = http.post("/api/v1/threat-reports/" + id + "/warning", dept, """
                {"titleEn": "%s", "level": "YELLOW", "threatType": "ATTACK_CAMPAIGN",
                 "products": [{"cpe": "cpe:2.3:a:acme%s:vpn:*:*:*:*:*:*:*:*", "ranges": [{"lastAffected": "9.9"}]}],
                 "actions": "Block 203.0.113.7; patch the VPN."}""".formatted(title, UUID.randomUUID().toString()
                .substring(0, 8)));
        assertThat(warning.status()).as(warning.body()).isEqualTo(201);
        JsonNode after = http.get("/api/v1/threat-reports/" + id, dept).json();
        assertThat(after.get("status").asString()).isEqualTo("WARNED");
        assertThat(after.get("warningId").asString()).isEqualTo(warning.json().get("id").asString());
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("Your threat report became a warning");
        assertThat(http.post("/api/v1/threat-reports/" + id + "/warning", dept, "{}").status()).isEqualTo(409);

        // the pages: the operator's list and form, the report as its department sees it, with the warning it became
        String cookie = http.signIn(operator.username());
        assertThat(page("/threats?lang=en", cookie)).contains(title, "late", "Turned into a warning");
        assertThat(page("/threats/new?lang=zh-CN", cookie)).contains("报告重大威胁", "发现时间");
        String deptPage = page("/threats/" + id + "?lang=en", http.signIn(department.username()));
        assertThat(deptPage).contains(title, "id=\"threat-warning\"").doesNotContain("id=\"warn-from-threat\"");
        // the list downloads as the operator sees it, in its language
        assertThat(page("/threats?lang=en", cookie)).contains("/threats/export?format=xlsx");
        String csv = page("/threats/export?format=csv&lang=zh-CN", cookie);
        assertThat(csv).startsWith("\uFEFF标题,").contains(title).contains("已转为预警");
    }

    String page(String path, String cookie) {
        Http.Response response = http.send(http.request(path, null).header("Cookie", cookie).GET());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void aReportWithoutTitleOrWithADiscoveryInTheFutureIsRefusedNamingTheFields() {
        Party operator = fresh.operator(EarlyWarningFlowTest.SECTOR);
        Http.Response bad = http.post("/api/v1/threat-reports", http.token(operator.username()), """
                {"description": "x", "discoveredAt": "%s"}""".formatted(Instant.now().plus(Duration.ofDays(1))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("title", "discoveredAt");
        assertThat(http.post("/api/v1/threat-reports", http.token("finance-dept"), "{}").status()).isEqualTo(403);
    }
}
