package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
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
 * Early warnings through the API (Art. 24): a department's warning is matched by package URL and by CPE against the
 * inventories of its sector, reaches only the operators with a matched asset, is matched again when an inventory is
 * uploaded later, and is acknowledged on a clock; nobody outside sees it.
 */
@RunningCiip
class EarlyWarningFlowTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;
    @Autowired
    EarlyWarnings warnings;

    /**
     * The sector of this test's departments and operators: one no other test and no demo party is in, so that the
     * departments made here change nobody else's routing (a department of a sector receives its operators' incidents).
     */
    static final String SECTOR = "WATER_CONSERVANCY";

    /** An asset of the operator in the test's sector, registered through the API; its id. */
    String asset(Party operator, String name) {
        return http.post("/api/v1/assets", http.token(operator.username()), """
                {"name": "%s %s", "kind": "INFORMATION_SYSTEM", "sector": "%s", "mlpsLevel": 3,
                 "coreBusiness": "Water supply"}""".formatted(name, UUID.randomUUID(), SECTOR)).json().get("id")
                .asString();
    }

    Http.Response upload(Party operator, String asset, String contentType, String body) {
        return http.send(http.request("/api/v1/assets/" + asset + "/components", http.token(operator.username()))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String sbom(String... components) {
        return """
                {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [%s]}"""
                .formatted(String.join(",", components));
    }

    static String purl(String purl) {
        return "{\"type\": \"library\", \"purl\": \"" + purl + "\"}";
    }

    String issue(Party department, String body) {
        Http.Response issued = http.post("/api/v1/warnings", http.token(department.username()), body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("id").asString();
    }

    @Test
    void aWarningReachesTheOperatorsWhoseInventoriesMatchByPurlOrCpeAndALaterUploadIsMatchedToo() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
        Party byPurl = fresh.operator(SECTOR);
        Party byCpe = fresh.operator(SECTOR);
        Party patched = fresh.operator(SECTOR);
        Party later = fresh.operator(SECTOR);
        String group = "org.example.t" + UUID.randomUUID().toString().substring(0, 8);
        String vendor = "vendor" + UUID.randomUUID().toString().substring(0, 8);
        String gateway = asset(byPurl, "Gateway");
        JsonNode uploaded = upload(byPurl, gateway, "application/vnd.cyclonedx+json",
                sbom(purl("pkg:maven/" + group + "/parser@2.14.1"), purl("pkg:npm/left-pad@1.3.0"))).json();
        assertThat(uploaded.get("stored").asInt()).isEqualTo(2);
        String router = asset(byCpe, "Router");
        assertThat(upload(byCpe, router, "text/csv", "vendor,product,version,purl,cpe\n" + vendor
                + ",firmware,3.1,,cpe:2.3:o:" + vendor + ":firmware:3.1:*:*:*:*:*:*:*\n").status()).isEqualTo(200);
        assertThat(upload(patched, asset(patched, "Patched"), "application/json",
                sbom(purl("pkg:maven/" + group + "/parser@2.17.1"))).status()).isEqualTo(200);

        String id = issue(department, """
                {"titleZh": "解析库远程代码执行漏洞", "titleEn": "Remote code execution in the parser library",
                 "level": "ORANGE", "threatType": "VULNERABILITY", "identifiers": ["cve-2021-44228"],
                 "products": [{"purl": "pkg:maven/%s/parser", "ranges": [{"introduced": "2.0-beta9", "fixed": "2.15.0"}]},
                              {"cpe": "cpe:2.3:o:%s:firmware:*:*:*:*:*:*:*:*", "ranges": [{"lastAffected": "3.1"}]}],
                 "actions": "Upgrade to 2.17.1 or later; block outbound LDAP."}""".formatted(group, vendor));
        JsonNode issued = http.get("/api/v1/warnings/" + id, http.token(department.username())).json();
        assertThat(issued.get("identifiers").get(0).asString()).isEqualTo("CVE-2021-44228");
        assertThat(issued.get("counts").get("reached").asInt()).isEqualTo(2);
        assertThat(issued.get("matchedAssets").findValuesAsString("assetId")).containsExactlyInAnyOrder(gateway, router);
        assertThat(issued.get("deadlinesConfirmed").asBoolean()).as("CIIP's default periods").isFalse();
        JsonNode issuerList = http.get("/api/v1/warnings", http.token(department.username())).json();
        assertThat(issuerList.get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(issuerList.get("items").get(0).get("counts").get("reached").asInt()).isEqualTo(2);
        JsonNode operatorList = http.get("/api/v1/warnings", http.token(byCpe.username())).json();
        assertThat(operatorList.get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(operatorList.get("items").get(0).get("recipient").get("status").asString()).isEqualTo("AWAITING");
        assertThat(operatorList.get("items").get(0).get("counts").isNull()).isTrue();
        JsonNode firstPage = http.get("/api/v1/warnings/" + id + "/matched-assets?size=1",
                http.token(department.username())).json();
        assertThat(firstPage.get("items").size()).isOne();
        assertThat(firstPage.get("totalElements").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/warnings/" + id + "/matched-assets", http.token(byPurl.username())).status())
                .as("the issuer's list only").isEqualTo(404);

        JsonNode own = http.get("/api/v1/warnings/" + id, http.token(byPurl.username())).json();
        assertThat(own.get("matchedAssets").findValuesAsString("assetId")).containsExactly(gateway);
        assertThat(own.get("matchedAssets").get(0).get("components").asString()).isEqualTo("parser 2.14.1");
        assertThat(own.get("counts").isNull()).as("an operator does not see the others").isTrue();
        assertThat(own.get("recipient").get("status").asString()).isEqualTo("AWAITING");
        assertThat(http.get("/api/v1/warnings/" + id, http.token(patched.username())).status())
                .as("2.17.1 is fixed: not reached").isEqualTo(404);
        assertThat(http.get("/api/v1/inbox?size=50", http.token(byPurl.username())).body())
                .contains("Remote code execution in the parser library", "acknowledge by");

        String legacy = asset(later, "Legacy");
        upload(later, legacy, "application/vnd.cyclonedx+json", sbom(purl("pkg:maven/" + group + "/parser@2.0")));
        assertThat(http.get("/api/v1/warnings/" + id, http.token(later.username())).json().get("matchedAssets")
                .findValuesAsString("assetId")).as("matched when its inventory came").containsExactly(legacy);
        assertThat(http.get("/api/v1/inbox?size=50", http.token(later.username())).body())
                .contains("Remote code execution in the parser library");
        assertThat(http.get("/api/v1/warnings/" + id, http.token(department.username())).json().get("counts")
                .get("reached").asInt()).isEqualTo(3);
    }

    @Test
    void theOperatorsHomeAndWarningListShowWhatWaitsForItUntilItActs() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
        Party operator = fresh.operator(SECTOR);
        String name = "lib" + UUID.randomUUID().toString().substring(0, 8);
        upload(operator, asset(operator, "App"), "application/json", sbom(purl("pkg:npm/" + name + "@1.2.3")));
        String id = issue(department, """
                {"titleEn": "Heap overflow in %s", "level": "ORANGE", "threatType": "VULNERABILITY",
                 "products": [{"purl": "pkg:npm/%s", "ranges": [{"fixed": "1.2.4"}]}],
                 "actions": "Upgrade."}""".formatted(name, name));
        String session = http.signIn(operator.username());
        java.util.function.Function<String, String> page = path -> {
            Http.Response r = http.send(http.request(path, null).header("Cookie", session).GET());
            assertThat(r.status()).as(path).isEqualTo(200);
            return r.body();
        };
        assertThat(page.apply("/?lang=en")).contains("href=\"/warnings?waiting=ACKNOWLEDGE\"")
                .contains("href=\"/warnings?waiting=ANSWER\"").contains("to acknowledge");
        assertThat(page.apply("/warnings?lang=en&waiting=ACKNOWLEDGE")).contains("/warnings/" + id);

        assertThat(http.post("/api/v1/warnings/" + id + "/acknowledgement", http.token(operator.username()), "")
                .status()).isEqualTo(200);
        assertThat(page.apply("/warnings?lang=en&waiting=ACKNOWLEDGE")).doesNotContain("/warnings/" + id)
                .contains("No warning waits for you in this way.");
        assertThat(page.apply("/warnings?lang=en&waiting=ANSWER")).as("its matched asset still to answer for")
                .contains("/warnings/" + id);
        assertThat(page.apply("/?lang=en")).doesNotContain("href=\"/warnings?waiting=ACKNOWLEDGE\"")
                .contains("href=\"/warnings?waiting=ANSWER\"");
        assertThat(http.send(http.request("/warnings?waiting=bogus", null).header("Cookie", session).GET()).status())
                .isEqualTo(400);
    }

    @Test
    void anAcknowledgementWithinTheClockIsOnTimeOneAfterItIsLateAndTheSweepMarksTheOneMissing() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
        Party prompt = fresh.operator(SECTOR);
        Party slow = fresh.operator(SECTOR);
        Party silent = fresh.operator(SECTOR);
        String name = "lib" + UUID.randomUUID().toString().substring(0, 8);
        for (Party p : List.of(prompt, slow, silent)) {
            upload(p, asset(p, "App"), "application/json", sbom(purl("pkg:npm/" + name + "@1.2.3")));
        }
        String id = issue(department, """
                {"titleEn": "Prototype pollution in %s", "level": "RED", "threatType": "VULNERABILITY",
                 "products": [{"purl": "pkg:npm/%s", "ranges": [{"fixed": "1.2.4"}]}],
                 "actions": "Upgrade."}""".formatted(name, name));
        JsonNode warning = http.get("/api/v1/warnings/" + id, http.token(prompt.username())).json();
        assertThat(Duration.between(java.time.Instant.parse(warning.get("issuedAt").asString()),
                java.time.Instant.parse(warning.get("acknowledgeDueAt").asString()))).as("red: 2 hours")
                .isEqualTo(Duration.ofHours(2));

        assertThat(http.post("/api/v1/warnings/" + id + "/acknowledgement", http.token(prompt.username()), "")
                .json().get("recipient").get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(http.post("/api/v1/warnings/" + id + "/acknowledgement", http.token(prompt.username()), "")
                .status()).as("acknowledged already").isEqualTo(409);
        clock.advance(Duration.ofHours(3));
        try {
            warnings.markOverdue();
            assertThat(http.get("/api/v1/warnings/" + id, http.token(silent.username())).json().get("recipient")
                    .get("status").asString()).isEqualTo("OVERDUE");
            assertThat(http.post("/api/v1/warnings/" + id + "/acknowledgement", http.token(slow.username()), "")
                    .json().get("recipient").get("status").asString()).isEqualTo("ACKNOWLEDGED_LATE");
            JsonNode counts = http.get("/api/v1/warnings/" + id, http.token(department.username())).json()
                    .get("counts");
            assertThat(counts.get("acknowledgedOnTime").asInt()).isOne();
            assertThat(counts.get("acknowledgedLate").asInt()).isOne();
            assertThat(counts.get("overdue").asInt()).isOne();
            assertThat(http.get("/api/v1/inbox?size=50", http.token(department.username())).body())
                    .contains("A warning was not acknowledged in time");

            // the department's situation (Art. 24): its warning still to be answered, the silent operator overdue
            JsonNode situation = http.get("/api/v1/situation", http.token(department.username())).json();
            JsonNode line = null;
            for (JsonNode w : situation.get("activeWarnings")) {
                if (w.get("id").asString().equals(id)) {
                    line = w;
                }
            }
            assertThat(line).as("the warning among those still to be answered").isNotNull();
            assertThat(line.get("reached").asInt()).isEqualTo(3);
            assertThat(line.get("acknowledged").asInt()).as("on time and late").isEqualTo(2);
            assertThat(situation.get("overdueOperators").findValuesAsString("operatorId"))
                    .contains(silent.id().toString())
                    .doesNotContain(prompt.id().toString(), slow.id().toString());
            // the energy department's: the demo grid reported its incident after its clock (Art. 40)
            JsonNode energy = http.get("/api/v1/situation", http.newToken("energy-dept")).json();
            assertThat(energy.get("incidentsByGrade").properties().stream().mapToLong(e -> e.getValue().asLong())
                    .sum()).isPositive();
            assertThat(energy.get("overdueOperators").findValuesAsString("name")).contains("华北示范电网有限公司");
            assertThat(http.get("/api/v1/situation", http.token(prompt.username())).status()).isEqualTo(404);
            Http.Response page = http.send(http.request("/situation?lang=zh-CN", null)
                    .header("Cookie", http.signIn(department.username())).GET());
            assertThat(page.body()).contains("本行业领域安全态势", "Prototype pollution in " + name);

            // a red warning is answered within 3 days; after that an unanswered asset is a risk (Art. 15(2), 39(7))
            clock.advance(Duration.ofDays(4));
            warnings.markOverdue();
            String token = http.newToken(silent.username());
            assertThat(duty(silent, token).get("status").asString()).isEqualTo("DUE_SOON");
            assertThat(duty(silent, token).get("liability").asString()).isEqualTo("39(7)");
            assertThat(http.get("/api/v1/inbox?size=50", token).body())
                    .contains("matched asset(s) without an answer when the time to respond ran out");
            String asset = http.get("/api/v1/warnings/" + id, token).json().get("matchedAssets").get(0)
                    .get("assetId").asString();
            http.put("/api/v1/warnings/" + id + "/responses/" + asset, token,
                    "{\"status\": \"FIXED\", \"evidence\": \"Upgraded to 1.2.4\"}");
            assertThat(duty(silent, token).get("status").asString()).isEqualTo("MET");
        } finally {
            clock.reset();
        }
    }

    /** The operator's program duty of answering warnings (Art. 15(2)), as the compliance engine judges it. */
    JsonNode duty(Party operator, String token) {
        for (JsonNode d : http.get("/api/v1/operators/" + operator.id() + "/program", token).json().get("duties")) {
            if (d.get("key").asString().equals("WARNING_RESPONSES")) {
                return d;
            }
        }
        throw new AssertionError("no WARNING_RESPONSES duty");
    }

    @Test
    void anotherSectorsDepartmentNeverSeesTheWarningAndAnOperatorAnswersOnlyForItsOwnMatchedAssets() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
        Party defense = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, "DEFENSE_INDUSTRY");
        Party operator = fresh.operator(SECTOR);
        Party other = fresh.operator(SECTOR);
        String name = "lib" + UUID.randomUUID().toString().substring(0, 8);
        String mine = asset(operator, "Mine");
        String theirs = asset(other, "Theirs");
        upload(operator, mine, "application/json", sbom(purl("pkg:pypi/" + name + "@4.2.1rc1")));
        upload(other, theirs, "application/json", sbom(purl("pkg:pypi/" + name + "@4.1")));
        String id = issue(department, """
                {"titleZh": "%s 漏洞", "level": "YELLOW", "threatType": "VULNERABILITY",
                 "products": [{"purl": "pkg:pypi/%s", "ranges": [{"introduced": "4.0", "fixed": "4.2.1"}]}],
                 "actions": "升级到 4.2.1。"}""".formatted(name, name));

        assertThat(http.get("/api/v1/warnings/" + id, http.token(defense.username())).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/warnings/" + id + "/recipients", http.token(defense.username())).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/warnings/" + id + "/recipients", http.token(operator.username())).status())
                .isEqualTo(404);
        String token = http.token(operator.username());
        assertThat(http.put("/api/v1/warnings/" + id + "/responses/" + theirs, token,
                "{\"status\": \"FIXED\", \"evidence\": \"upgraded\"}").status()).as("another's asset").isEqualTo(404);
        Http.Response noJustification = http.put("/api/v1/warnings/" + id + "/responses/" + mine, token,
                "{\"status\": \"RISK_ACCEPTED\"}");
        assertThat(noJustification.errorFields()).containsExactlyInAnyOrder("justification", "approvedBy");
        JsonNode answered = http.put("/api/v1/warnings/" + id + "/responses/" + mine, token,
                "{\"status\": \"NOT_AFFECTED\", \"justification\": \"The vulnerable view is not deployed\"}").json();
        assertThat(answered.get("matchedAssets").get(0).get("status").asString()).isEqualTo("NOT_AFFECTED");
        JsonNode counts = http.get("/api/v1/warnings/" + id, http.token(department.username())).json().get("counts");
        assertThat(counts.get("assetsAnswered").asInt()).isOne();
        assertThat(counts.get("assetsMatched").asInt()).isEqualTo(2);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndABadCsvChangesNothing() {
        Party department = fresh.create(OrganizationKind.PROTECTION_DEPARTMENT, SECTOR);
        Http.Response bad = http.post("/api/v1/warnings", http.token(department.username()), """
                {"titleEn": "x", "level": "PURPLE", "threatType": "VULNERABILITY", "identifiers": ["CVE-21"],
                 "products": [{"purl": "pkg:maven/org.example/lib", "ranges": [{"introduced": "2.0", "fixed": "1.9"}]},
                              {"purl": "pkg:npm/x", "cpe": "cpe:2.3:a:x:y:*:*:*:*:*:*:*:*", "ranges": []}],
                 "sectors": ["ENERGY"], "actions": "x"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw().headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("level", "identifiers[0]",
                "products[0].ranges[0]", "products[1]", "sectors");
        assertThat(http.post("/api/v1/warnings", http.token("bank-officer"), "{}").status())
                .as("an operator issues no warning").isEqualTo(403);

        Party operator = fresh.operator(SECTOR);
        String asset = asset(operator, "Core");
        upload(operator, asset, "text/csv", "vendor,product,version,purl,cpe\nAcme,hmi,7.2,,\n");
        Http.Response csv = upload(operator, asset, "text/csv", """
                vendor,product,version,purl,cpe
                Acme,relay,1.0,,
                ,,,,
                Acme,x,1,pkg:nope,
                """);
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.json().get("errors").findValuesAsString("field")).containsOnly("csv");
        assertThat(csv.json().get("errors").findValues("line").stream().map(JsonNode::asInt).toList())
                .containsExactly(3, 4);
        Http.Response notJson = upload(operator, asset, "application/vnd.cyclonedx+json", "<bom/>");
        assertThat(notJson.errorFields()).containsExactly("sbom");
        JsonNode kept = http.get("/api/v1/assets/" + asset + "/components", http.token(operator.username())).json();
        assertThat(kept.get("items").findValuesAsString("name")).as("the inventory as it was").containsExactly("hmi");
        assertThat(upload(fresh.operator(SECTOR), asset, "text/csv", "vendor,product,version,purl,cpe\n")
                .status()).as("another operator's asset").isEqualTo(404);
        String session = http.signIn(operator.username());
        String page = "/assets/" + asset + "/components";
        assertThat(http.postForm(page + "/manual?lang=zh-CN", session, page, "name", "", "purl", "pkg:nope").status())
                .isEqualTo(302);
        assertThat(http.page(session, page + "?lang=zh-CN")).as("the refusal in the reader's language")
                .contains("purl: 不是有效的软件包 URL");
        assertThat(http.postForm(page + "/manual?lang=en", session, page, "name", "", "version", "1.0").status())
                .isEqualTo(302);
        assertThat(http.page(session, page + "?lang=en")).contains("Name: Has no name, nor a package URL to take it");
    }
}
