package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Purpose-bound access (Art. 30, 46): a regulator reads an operator's protected records only under a purpose. */
@RunningCiip
class PurposeBoundAccessTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;

    static String note(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aReadWithoutAPurposeIsRefusedAndOneWithAPurposeIsAuditedAndShownToTheOperator() {
        FreshOperators.Party bank = fresh.operator("FINANCE");
        String department = http.token("finance-dept");
        Http.Response refused = http.get("/api/v1/operators/" + bank.id() + "/key-positions", department);
        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:ciip:problem:purpose-required");
        assertThat(refused.body()).contains("SUPERVISION");
        assertThat(jdbc.queryForObject("select count(*) from protected_read where operator_id = ?", Long.class,
                bank.id())).isZero();

        Http.Response badNote = http.get("/api/v1/operators/" + bank.id() + "/key-positions?purpose=SUPERVISION"
                + "&purposeNote=x", department);
        assertThat(badNote.status()).isEqualTo(400);
        assertThat(badNote.errorFields()).containsExactly("purposeNote");

        Http.Response read = http.get("/api/v1/operators/" + bank.id() + "/key-positions?purpose=SUPERVISION"
                + "&purposeNote=" + note("年度行业监督检查"), department);
        assertThat(read.status()).isEqualTo(200);
        assertThat(http.send(http.request("/api/v1/operators/" + bank.id() + "/program", department,
                "CIIP-Purpose", "INSPECTION", "CIIP-Purpose-Note", "On-site inspection 2026").GET()).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList("select purpose from audit_entry where action = 'PROTECTED_READ' and "
                + "summary::text like ? order by id", String.class, "%" + bank.id() + "%"))
                .containsExactly("STATED SUPERVISION: 年度行业监督检查", "STATED INSPECTION: On-site inspection 2026");

        JsonNode log = http.get("/api/v1/access/reads", http.token(bank.username())).json();
        assertThat(log.get("totalElements").asLong()).isEqualTo(2);
        JsonNode newest = log.get("items").get(0);
        assertThat(newest.get("reader").asString()).isEqualTo("finance-dept");
        assertThat(newest.get("purposeCode").asString()).isEqualTo("INSPECTION");
        assertThat(newest.get("what").asString()).isEqualTo("GET /api/v1/operators/" + bank.id() + "/program");
        // the operator reads its own records without a purpose, and nothing is logged
        assertThat(http.get("/api/v1/operators/" + bank.id() + "/key-positions", http.token(bank.username()))
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v1/access/reads", http.token(bank.username())).json().get("totalElements")
                .asLong()).isEqualTo(2);
        // another operator's log does not show them; a department has no access log
        FreshOperators.Party other = fresh.operator("FINANCE");
        assertThat(http.get("/api/v1/access/reads", http.token(other.username())).json().get("totalElements")
                .asLong()).isZero();
        assertThat(http.get("/api/v1/access/reads", department).status()).isEqualTo(404);
    }

    @Test
    void anOpenCaseIsThePurposeOfTheAuthoritysReadsAndMpsSeesOnlyReadsWithoutOne() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String department = http.token("finance-dept");
        Http.Response opened = http.post("/api/v1/enforcement-cases", department, """
                {"article": "39(4)", "operatorId": "%s", "facts": "No security management institution.",
                 "actDate": "%s"}""".formatted(operator.id(), LocalDate.now(LegalTime.ZONE)));
        assertThat(opened.status()).isEqualTo(201);
        String number = opened.json().get("number").asString();
        Http.Response institution = http.get("/api/v1/operators/" + operator.id() + "/key-positions", department);
        assertThat(institution.status()).as(institution.body()).isEqualTo(200);
        JsonNode read = http.get("/api/v1/access/reads", http.token(operator.username())).json().get("items").get(0);
        assertThat(read.get("purposeKind").asString()).isEqualTo("CASE");
        assertThat(read.get("purposeRef").asString()).isEqualTo(number);

        FreshOperators.Party second = fresh.operator("FINANCE");
        assertThat(http.get("/api/v1/operators/" + second.id() + "/key-positions?purpose=SUPERVISION&purposeNote="
                + note("Curiosity about a competitor"), department).status()).isEqualTo(200);
        JsonNode withoutCase = http.get("/api/v1/access/reads?size=200", http.token("mps")).json();
        assertThat(withoutCase.get("items")).anySatisfy(r -> {
            assertThat(r.get("operatorId").asString()).isEqualTo(second.id().toString());
            assertThat(r.get("purposeNote").asString()).isEqualTo("Curiosity about a competitor");
        });
        assertThat(withoutCase.get("items")).noneSatisfy(r -> assertThat(r.get("operatorId").asString())
                .isEqualTo(operator.id().toString()));
        assertThat(http.get("/api/v1/access/readers-without-case", http.token("cac")).json().get("items"))
                .anySatisfy(r -> assertThat(r.get("reader").asString()).isEqualTo("finance-dept"));
        assertThat(http.get("/api/v1/access/readers-without-case", department).status()).isEqualTo(404);
    }

    @Test
    void aPageAsksForThePurposeOnceAndReturnsToWhatWasOpened() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String session = http.signIn("finance-dept");
        String path = "/operators/" + operator.id() + "/program";
        Http.Response asked = http.send(http.request(path, null).header("Cookie", session).GET());
        assertThat(asked.status()).isEqualTo(302);
        String purposePage = URI.create(asked.header("Location")).getRawPath() + "?"
                + URI.create(asked.header("Location")).getRawQuery();
        assertThat(purposePage).startsWith("/purpose?operator=" + operator.id());
        Http.Response form = http.send(http.request(purposePage, null).header("Cookie", session).GET());
        assertThat(form.body()).contains("id=\"purpose-form\"");
        Http.Response refused = http.postForm("/purpose", session, purposePage, "operator", operator.id().toString(),
                "return", path, "purpose", "SUPERVISION", "purposeNote", "");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Say in 5 to 500 characters what the read is for.");
        Http.Response stated = http.postForm("/purpose", session, purposePage, "operator", operator.id().toString(),
                "return", path, "purpose", "SUPERVISION", "purposeNote", "Quarterly review of the sector");
        assertThat(stated.status()).isEqualTo(302);
        assertThat(URI.create(stated.header("Location")).getPath()).isEqualTo(path);
        assertThat(http.send(http.request(path, null).header("Cookie", session).GET()).status()).isEqualTo(200);
        assertThat(http.send(http.request(path, null).header("Cookie", session).GET()).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from protected_read where operator_id = ? and purpose_note = ?",
                Long.class, operator.id(), "Quarterly review of the sector")).isEqualTo(2);
        // the operator's page lists the reads
        String operatorSession = http.signIn(operator.username());
        assertThat(http.send(http.request("/access", null).header("Cookie", operatorSession).GET()).body())
                .contains("finance-dept").contains("Quarterly review of the sector");
        // and downloads them, each read with its reader and its purpose
        String csv = http.send(http.request("/access/export?format=csv&lang=en", null)
                .header("Cookie", operatorSession).GET()).body();
        assertThat(csv).startsWith("\uFEFFWhen,Reader,Organization,What,Purpose\r\n");
        assertThat(csv.lines().filter(l -> l.contains("finance-dept") && l.contains("Quarterly review of the sector")))
                .hasSize(2);
        // a return address elsewhere is not followed
        Http.Response offsite = http.postForm("/purpose", session, purposePage, "operator", operator.id().toString(),
                "return", "//evil.example/x", "purpose", "SUPERVISION", "purposeNote", "Quarterly review");
        assertThat(URI.create(offsite.header("Location")).getPath()).isEqualTo("/");
    }

    @Test
    void anIncidentsRecipientReadsItForTheIncidentItself() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        Http.Response reported = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Ransomware on a server",
                 "impact": {"personalInfoRecordsLeaked": 12000000}}""".formatted(asset, java.time.Instant.now().minusSeconds(600)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").asString();
        Http.Response incident = http.get("/api/v1/incidents/" + id, http.token("finance-dept"));
        assertThat(incident.status()).as(incident.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select purpose_kind || ' ' || purpose_ref from protected_read where "
                + "record_id = ?", String.class, id)).isEqualTo("INCIDENT " + id);
    }

    @Test
    void anAssetsComponentsAreReadUnderAPurposeByItsDepartment() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        String path = "/api/v1/assets/" + asset + "/components";
        assertThat(http.get(path, http.token(operator.username())).status()).isEqualTo(200);
        assertThat(http.get(path, http.token("finance-dept")).status()).isEqualTo(428);
        assertThat(http.get(path + "?purpose=EARLY_WARNING&purposeNote=" + note("Matching a new advisory"),
                http.token("finance-dept")).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select record_type || ' ' || purpose_code from protected_read "
                + "where record_id = ?", String.class, asset)).isEqualTo("Components EARLY_WARNING");
    }

    @Test
    void anAssetsComponentsDownloadAsOneReadUnderThePurposeTheDepartmentStates() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String asset = fresh.ciiAsset(operator);
        Http.Response uploaded = http.send(http.request("/api/v1/assets/" + asset + "/components",
                http.token(operator.username())).header("Content-Type", "text/csv").PUT(
                java.net.http.HttpRequest.BodyPublishers.ofString("vendor,product,version,purl,cpe\n"
                        + "Apache,log4j-core,2.14.1,pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1,\n"
                        + "Acme,hmi,7.2,,\n")));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String path = "/assets/" + asset + "/components/export?format=csv";
        String own = http.signIn(operator.username());
        assertThat(http.page(own, "/assets/" + asset + "/components?lang=en"))
                .contains("/assets/" + asset + "/components/export?format=xlsx");
        assertThat(http.csvRows(own, path + "&lang=en")).containsExactly(
                "Name,Version,Vendor,purl,CPE,Source,Where in the file",
                "log4j-core,2.14.1,Apache,pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1,,CSV file,line 2",
                "hmi,7.2,Acme,,,CSV file,line 3");
        assertThat(http.csvRows(own, path + "&lang=en&q=log4j")).as("the page's search").hasSize(2);
        assertThat(http.page(own, "/assets/" + asset + "/components?lang=zh-CN")).contains("CSV 文件 · 第 3 行");

        String department = http.signIn("finance-dept");
        Http.Response asked = http.send(http.request(path, null, "Accept", "text/html").header("Cookie", department)
                .GET());
        assertThat(asked.status()).as("no purpose stated: the purpose form first").isEqualTo(302);
        assertThat(asked.header("Location")).contains("/purpose?operator=" + operator.id())
                .contains("components%2Fexport");
        assertThat(http.csvRows(department, path + "&lang=zh-CN&purpose=EARLY_WARNING&purposeNote="
                + note("核对新漏洞预警"))).hasSize(3).last().asString().endsWith(",CSV 文件,第 3 行");
        assertThat(jdbc.queryForObject("select count(*) || ' ' || min(purpose_code) from protected_read "
                + "where record_id = ?", String.class, asset)).isEqualTo("1 EARLY_WARNING");
        assertThat(http.send(http.request(path, null, "Accept", "text/html")
                .header("Cookie", http.signIn("energy-dept")).GET()).status()).as("another sector's department")
                .isEqualTo(404);
    }
}
