package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ciip.identity.Accounts;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.grading.Grade;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.Role;
import org.ciip.support.RunningCiip;
import org.ciip.support.MovableClock;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RunningCiip
class IncidentFlowTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncidentReporting incidents;
    @Autowired
    ReportingRuleSets ruleSets;
    @Autowired
    Accounts accounts;

    @Autowired
    MovableClock clock;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** Now, to the second, as a person states when an incident was discovered. */
    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    String scada() {
        return http.get("/api/v1/assets?q=SCADA", http.token("grid-officer")).json().get("items").get(0).get("id")
                .asString();
    }

    static String report(String assetId, Instant discoveredAt, String impact) {
        return """
                {"assetIds": ["%s"], "discoveredAt": "%s", "place": "Beijing dispatching centre", "category": "MP",
                 "subcategory": "MP2", "summary": "Ransomware on the dispatching system",
                 "harm": "Customer records encrypted and exfiltrated", "measuresTaken": "Isolated the segment",
                 "ransom": {"amount": 500, "currency": "BTC", "method": "Bitcoin wallet", "demandedOn": "2026-11-24"},
                 "impact": %s}""".formatted(assetId, discoveredAt, impact);
    }

    static Map<String, JsonNode> obligationsByKind(JsonNode incident) {
        Map<String, JsonNode> byKind = new HashMap<>();
        incident.get("obligations").forEach(o -> byKind.put(o.get("kind").asString(), o));
        return byKind;
    }

    /** The answer to a report is built from what was written; reading the incident back must show exactly that. */
    void assertAnswerIsTheIncidentReadBack(JsonNode answer, String token) {
        // each receipt is signed anew (ECDSA with a random k): the signatures differ, the signed fields do not
        JsonNode readBack = http.get("/api/v1/incidents/" + answer.get("id").asString(), token).json().deepCopy();
        JsonNode answered = answer.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) readBack.get("receipt")).remove("signature");
        ((tools.jackson.databind.node.ObjectNode) answered.get("receipt")).remove("signature");
        assertThat(readBack).as("the incident read back").isEqualTo(answered);
    }

    @Test
    void aMajorRansomwareIncidentOnCiiIsRoutedForwardedSupplementedAndClosed() throws Exception {
        Instant discovered = now().minus(Duration.ofMinutes(20));
        Http.Response filed = http.post("/api/v1/incidents", http.token("grid-officer"),
                report(scada(), discovered, "{\"personalInfoRecordsLeaked\": 12000000}"));
        assertThat(filed.status()).isEqualTo(201);
        JsonNode incident = filed.json();
        String id = incident.get("id").asString();
        assertAnswerIsTheIncidentReadBack(incident, http.token("grid-officer"));
        assertThat(incident.get("grade").asString()).isEqualTo("MAJOR");
        assertThat(incident.get("reasons").get(0).get("criterion").asString()).isEqualTo("personalInfoRecordsLeaked");
        assertThat(incident.get("operatorClass").asString()).isEqualTo("CII_OPERATOR");
        assertThat(incident.get("receipt").get("sha256").asString()).hasSize(64);
        assertThat(incident.at("/receipt/hashAlgorithm").asString()).as("the international suite").isEqualTo("SHA-256");
        assertThat(incident.at("/receipt/signature/algorithm").asString()).isEqualTo("ECDSA-P256-SHA256");
        String key = http.get("/api/v1/signing-key", null).body();
        assertThat(org.ciip.support.OfflineCheck.run(dir, key, incident.toString()))
                .as("the signed receipt, checked offline with the incident's content").startsWith("0\n")
                .contains("ok    receipt of version 1 of incident " + id,
                        "ok    version 1's content hashes to the receipt");
        JsonNode altered = incident.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) altered.get("receipt")).put("sha256", "0".repeat(64));
        assertThat(org.ciip.support.OfflineCheck.run(dir, key, altered.toString()))
                .as("a receipt whose hash was changed").startsWith("1\n").contains("FAIL  the receipt shows the fields");
        Map<String, Object> recorded = jdbc.queryForMap("select grade_reasons, grading_guide_version from incident "
                + "where id = ?::uuid", id);
        assertThat(recorded.get("grading_guide_version")).as("the guide that decided the grade is recorded")
                .isEqualTo("CN-2025-11");
        assertThat((String) recorded.get("grade_reasons")).contains("personalInfoRecordsLeaked", "10000000");

        Map<String, JsonNode> obligations = obligationsByKind(incident);
        assertThat(obligations).containsKeys("REPORT_TO_PROTECTION_DEPARTMENT", "REPORT_TO_PUBLIC_SECURITY",
                "FORWARD_TO_CAC", "FORWARD_TO_MPS", "FINAL_REPORT");
        JsonNode toDepartment = obligations.get("REPORT_TO_PROTECTION_DEPARTMENT");
        assertThat(toDepartment.get("recipient").asString()).isEqualTo("国家能源局");
        assertThat(Instant.parse(toDepartment.get("dueAt").asString())).isEqualTo(discovered.plus(Duration.ofHours(1)));
        assertThat(toDepartment.get("status").asString()).isEqualTo("MET");
        assertThat(obligations.get("REPORT_TO_PUBLIC_SECURITY").get("recipient").asString()).isEqualTo("北京市公安局");
        Instant reportedAt = Instant.parse(incident.get("reportedAt").asString());
        assertThat(Instant.parse(obligations.get("FORWARD_TO_CAC").get("dueAt").asString()))
                .isEqualTo(reportedAt.plus(Duration.ofMinutes(30)));
        assertThat(obligations.get("FORWARD_TO_MPS").get("status").asString()).isEqualTo("PENDING");
        assertThat(obligations.get("FINAL_REPORT").get("dueAt").isNull()).isTrue();

        assertThat(http.get("/api/v1/incidents/" + id, http.token("energy-dept")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/incidents/" + id, http.token("psb-beijing")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/incidents/" + id, http.token("mps")).status()).as("not forwarded yet")
                .isEqualTo(404);
        assertThat(http.get("/api/v1/incidents/" + id, http.token("cac")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/incidents/" + id, http.token("bank-officer")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/incidents/" + id, http.token("finance-dept")).status()).isEqualTo(404);
        JsonNode deptList = http.get("/api/v1/incidents?grade=MAJOR&size=200", http.token("energy-dept")).json();
        assertThat(deptList.get("items").findValuesAsString("id")).contains(id);

        assertThat(http.post("/api/v1/incidents/" + id + "/acknowledgement", http.token("energy-dept"), "").status())
                .isEqualTo(200);
        JsonNode forwarded = http.post("/api/v1/incidents/" + id + "/forwarding", http.token("energy-dept"), "").json();
        assertThat(obligationsByKind(forwarded).get("FORWARD_TO_CAC").get("status").asString()).isEqualTo("MET");
        assertThat(obligationsByKind(forwarded).get("FORWARD_TO_MPS").get("metAt").asString()).isNotBlank();
        JsonNode seenByMps = http.get("/api/v1/incidents/" + id, http.token("mps")).json();
        assertThat(seenByMps.get("recipients").findValuesAsString("role")).contains("FORWARDED_TO");
        assertThat(http.get("/api/v1/incidents/" + id, http.token("cac")).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/incidents/" + id + "/forwarding", http.token("energy-dept"), "").status())
                .as("nothing left to forward").isEqualTo(409);

        String grid = http.token("grid-officer");
        JsonNode supplemented = http.post("/api/v1/incidents/" + id + "/supplements", grid,
                "{\"development\": \"Attacker entered through a VPN appliance\", \"cause\": \"Unpatched VPN\"}")
                .json();
        assertThat(supplemented.get("versions").size()).isEqualTo(2);
        assertThat(supplemented.get("versions").get(1).get("changes").findValuesAsString("field"))
                .contains("development", "cause");
        assertThat(http.post("/api/v1/incidents/" + id + "/final-report", grid, "{\"cause\":\"x\",\"response\":\"y\","
                + "\"harm\":\"z\"}").status()).as("handling has not ended").isEqualTo(409);
        JsonNode ended = http.post("/api/v1/incidents/" + id + "/handling-ended", grid, "").json();
        assertThat(obligationsByKind(ended).get("FINAL_REPORT").get("dueAt").asString()).isNotBlank();
        JsonNode closed = http.post("/api/v1/incidents/" + id + "/final-report", grid, """
                {"cause": "Unpatched VPN appliance", "response": "Isolated, restored from backups",
                 "harm": "12 million records leaked", "accountability": "Vendor and operations team",
                 "rectification": "Patched; MFA on VPN", "lessons": "Patch edge devices within 72 hours"}""").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(obligationsByKind(closed).get("FINAL_REPORT").get("status").asString()).isEqualTo("MET");
        assertThat(closed.get("versions").findValuesAsString("kind"))
                .containsExactly("INITIAL", "SUPPLEMENT", "HANDLING_ENDED", "FINAL_REPORT");
        assertThat(closed.get("receipt").get("seq").asInt()).isEqualTo(4);
        Set<String> hashes = Set.copyOf(closed.get("versions").findValuesAsString("sha256"));
        assertThat(hashes).hasSize(4);
    }

    @Test
    void aReportFiledAfterTheHourIsLateAndTheSweepMarksAMissedForwardingLate() {
        Instant discovered = now().minus(Duration.ofHours(2));
        JsonNode incident = http.post("/api/v1/incidents", http.token("grid-officer"),
                report(scada(), discovered, "{\"directEconomicLossCny\": 30000000}")).json();
        assertThat(obligationsByKind(incident).get("REPORT_TO_PROTECTION_DEPARTMENT").get("status").asString())
                .isEqualTo("LATE");
        assertThat(incident.get("late").asBoolean()).isTrue();
        String id = incident.get("id").asString();

        // the department's 30 minutes to forward run out
        clock.advance(Duration.ofMinutes(31));
        try {
            assertThat(incidents.markLate()).isGreaterThanOrEqualTo(2);
            JsonNode after = http.get("/api/v1/incidents/" + id, http.token("energy-dept")).json();
            assertThat(obligationsByKind(after).get("FORWARD_TO_CAC").get("status").asString()).isEqualTo("LATE");
            assertThat(incidents.markLate()).as("marked once").isZero();
        } finally {
            clock.reset();
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where event_key like ?", Long.class,
                "obligation:%:late")).isGreaterThanOrEqualTo(2);
        assertThat(http.get("/api/v1/incidents?late=true&size=200", http.token("energy-dept")).json().get("items")
                .findValuesAsString("id")).contains(id);
    }

    @Test
    void anIncidentOnAssetsThatAreNotCiiGoesToTheProvincialCyberspaceAdministrationWithinFourHours() {
        String provincial = http.post("/api/v1/organizations", http.token("admin"), "{\"kind\": \"PROVINCIAL_CAC\", "
                + "\"name\": \"北京市委网信办 " + UUID.randomUUID().toString().substring(0, 4) + "\", \"creditCode\": \""
                + UnifiedSocialCreditCode.complete("11110000" + String.format("%09d", (int) (Math.random() * 1e9)))
                + "\", \"regionCode\": \"110000\"}").json().get("id").asString();
        String candidate = http.get("/api/v1/assets?ciiStatus=CANDIDATE&size=1", http.token("grid-officer")).json()
                .get("items").get(0).get("id").asString();
        Instant discovered = now().minus(Duration.ofMinutes(5));
        JsonNode incident = http.post("/api/v1/incidents", http.token("grid-officer"),
                report(candidate, discovered, "{\"directEconomicLossCny\": 6000000}")).json();
        assertThat(incident.get("operatorClass").asString()).isEqualTo("OTHER");
        assertThat(incident.get("grade").asString()).isEqualTo("RELATIVELY_MAJOR");
        JsonNode toCac = obligationsByKind(incident).get("REPORT_TO_PROVINCIAL_CAC");
        assertThat(toCac.get("recipientId").asString()).isEqualTo(provincial);
        assertThat(Instant.parse(toCac.get("dueAt").asString())).isEqualTo(discovered.plus(Duration.ofHours(4)));
        assertThat(obligationsByKind(incident)).doesNotContainKeys("REPORT_TO_PROTECTION_DEPARTMENT", "FORWARD_TO_CAC");
        assertAnswerIsTheIncidentReadBack(incident, http.token("grid-officer"));
    }

    @Test
    void aStateOrganReportsToItsOwnCyberspaceOfficeWithinTwoHours() {
        String code = UnifiedSocialCreditCode.complete("11110000" + String.format("%09d", (int) (Math.random() * 1e9)));
        UUID organ = UUID.fromString(http.post("/api/v1/organizations", http.token("admin"), "{\"kind\": \"OPERATOR\","
                + " \"name\": \"示范部委信息中心 " + code.substring(10) + "\", \"creditCode\": \"" + code + "\","
                + " \"regionCode\": \"110000\", \"sectors\": [\"E_GOVERNMENT\"]}").json().get("id").asString());
        jdbc.update("update organization set state_organ = true where id = ?", organ);
        String username = "organ-" + code.substring(10).toLowerCase();
        UUID account = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(username,
                "Organ officer", organ, Set.of(Role.SECURITY_OFFICER), Http.DEMO_PASSWORD + "-long")));
        // its first account is confirmed by the authority above it (its department, or MPS)
        String confirmer = jdbc.queryForObject("select c.username from account a join account c "
                + "on c.organization_id = a.confirming_organization_id and c.demo where a.id = ? order by c.username "
                + "limit 1", String.class, account);
        accounts.runAs(confirmer, () -> {
            accounts.decide(account, true, null);
            return null;
        });
        // a security officer signs in with a second factor
        http.enrolWithDemoSecret(username);
        String token = http.post("/api/v1/auth/tokens", null, "{\"username\":\"" + username + "\",\"password\":\""
                + Http.DEMO_PASSWORD + "-long\",\"totp\":\"" + http.totp(username) + "\"}").json().get("token")
                .asString();
        String asset = http.post("/api/v1/assets", token, "{\"name\":\"政务外网门户\",\"kind\":\"INFORMATION_SYSTEM\","
                + "\"sector\":\"E_GOVERNMENT\",\"mlpsLevel\":3,\"coreBusiness\":\"Portal\"}").json().get("id").asString();
        Instant discovered = now().minus(Duration.ofMinutes(5));
        JsonNode incident = http.post("/api/v1/incidents", token,
                report(asset, discovered, "{\"importantDataThreat\": \"SERIOUS\"}")).json();
        assertThat(incident.get("operatorClass").asString()).isEqualTo("STATE_ORGAN");
        JsonNode own = obligationsByKind(incident).get("REPORT_TO_DEPARTMENT_CYBER_OFFICE");
        assertThat(own.get("recipientId").asString()).isEqualTo(organ.toString());
        assertThat(Instant.parse(own.get("dueAt").asString())).isEqualTo(discovered.plus(Duration.ofHours(2)));
        assertThat(obligationsByKind(incident).get("FORWARD_TO_CAC").get("obligedId").asString())
                .isEqualTo(organ.toString());
        assertAnswerIsTheIncidentReadBack(incident, token);
    }

    @Test
    void aGeneralIncidentIsRecordedWithNoMandatoryClock() {
        JsonNode incident = http.post("/api/v1/incidents", http.token("grid-officer"),
                report(scada(), now().minus(Duration.ofMinutes(1)), "{}")).json();
        assertThat(incident.get("grade").asString()).isEqualTo("GENERAL");
        assertThat(incident.get("obligations").size()).isZero();
        assertAnswerIsTheIncidentReadBack(incident, http.token("grid-officer"));
    }

    @Test
    void aSupplementWhoseFiguresReachAHigherGradeRaisesTheIncidentAndStartsItsClocks() {
        String grid = http.token("grid-officer");
        JsonNode general = http.post("/api/v1/incidents", grid,
                report(scada(), now().minus(Duration.ofMinutes(20)), "{\"peopleAffected\": 10}")).json();
        assertThat(general.get("grade").asString()).isEqualTo("GENERAL");
        String id = general.get("id").asString();
        assertThat(http.get("/api/v1/incidents/" + id, http.token("energy-dept")).status()).isEqualTo(404);

        JsonNode raised = http.post("/api/v1/incidents/" + id + "/supplements", grid, """
                {"development": "Exfiltration confirmed", "impact": {"personalInfoRecordsLeaked": 12000000}}""")
                .json();
        assertThat(raised.get("grade").asString()).isEqualTo("MAJOR");
        assertThat(raised.get("reasons").findValuesAsString("criterion")).contains("personalInfoRecordsLeaked");
        Map<String, JsonNode> obligations = obligationsByKind(raised);
        assertThat(obligations.get("REPORT_TO_PROTECTION_DEPARTMENT").get("status").asString())
                .as("met by the supplement, 20 minutes after discovery").isEqualTo("MET");
        assertThat(obligations.get("FORWARD_TO_CAC").get("status").asString()).isEqualTo("PENDING");
        assertThat(http.get("/api/v1/incidents/" + id, http.token("energy-dept")).status()).isEqualTo(200);

        JsonNode lower = http.post("/api/v1/incidents/" + id + "/supplements", grid, """
                {"development": "Fewer records than feared", "impact": {"personalInfoRecordsLeaked": 5000}}""").json();
        assertThat(lower.get("grade").asString()).as("a grade once reached stays").isEqualTo("MAJOR");
        assertThat(lower.get("obligations").size()).isEqualTo(raised.get("obligations").size());
    }

    @Test
    void aGradeBelowTheComputedOneNeedsAReasonAndIsFlagged() {
        String body = report(scada(), now(), "{\"personalInfoRecordsLeaked\": 12000000}");
        Http.Response noReason = http.post("/api/v1/incidents", http.token("grid-officer"),
                body.replace("\"category\"", "\"grade\": \"RELATIVELY_MAJOR\", \"category\""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("gradeReason");
        JsonNode flagged = http.post("/api/v1/incidents", http.token("grid-officer"), body.replace("\"category\"",
                "\"grade\": \"RELATIVELY_MAJOR\", \"gradeReason\": \"Records were test data\", \"category\"")).json();
        assertThat(flagged.get("grade").asString()).isEqualTo("RELATIVELY_MAJOR");
        assertThat(flagged.get("computedGrade").asString()).isEqualTo("MAJOR");
        assertThat(flagged.get("gradeBelowComputed").asBoolean()).isTrue();
    }

    @Test
    void badInputIsAProblemDocumentNamingTheFields() {
        Http.Response r = http.post("/api/v1/incidents", http.token("grid-officer"), """
                {"assetIds": [], "category": "ZZ", "summary": "",
                 "impact": {"peopleAffected": -5, "directEconomicLossCny": -1}}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("assetIds", "discoveredAt", "category", "summary",
                "impact.peopleAffected", "impact.directEconomicLossCny");
        assertThat(http.post("/api/v1/incidents", http.token("energy-dept"), report(scada(), now(), "{}"))
                .status()).as("departments do not file operators' reports").isEqualTo(403);
        Http.Response unknownFilter = http.get("/api/v1/incidents?status=LOST", http.token("energy-dept"));
        assertThat(unknownFilter.status()).as("a filter naming no status").isEqualTo(400);
        assertThat(unknownFilter.errorFields()).containsExactly("status");
        String bankAsset = http.get("/api/v1/assets?size=1", http.token("bank-officer")).json().get("items").get(0)
                .get("id").asString();
        assertThat(http.post("/api/v1/incidents", http.token("grid-officer"), report(bankAsset, now(), "{}"))
                .status()).as("another operator's asset").isEqualTo(404);
    }

    @Test
    void idempotencyKeysReturnTheFirstAnswerRefuseAnotherBodyAndCreateOneIncidentUnderConcurrency()
            throws Exception {
        String token = http.token("grid-officer");
        String summary = "Ransomware, retried " + UUID.randomUUID();
        String body = report(scada(), Instant.parse("2026-11-24T01:00:00Z"), "{\"peopleAffected\": 3}")
                .replace("Ransomware on the dispatching system", summary);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(() -> http.post("/api/v1/incidents", token, body, "Idempotency-Key", key));
            }
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).isEqualTo(201);
                ids.add(f.get().json().get("id").asString());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Set.copyOf(ids)).hasSize(1);
        assertThat(http.post("/api/v1/incidents", token, body, "Idempotency-Key", key).json().get("id").asString())
                .isEqualTo(ids.getFirst());
        assertThat(http.post("/api/v1/incidents", token, body.replace("Beijing", "Tianjin"), "Idempotency-Key", key)
                .status()).isEqualTo(422);
        assertThat(jdbc.queryForList("select id::text from incident where summary = ?", String.class, summary))
                .as("the incidents this key created").containsExactly(ids.getFirst());
        assertThat(jdbc.queryForObject("select count(*) from incident_version v join incident i on i.id = v.incident_id "
                + "where i.summary = ?", Long.class, summary)).as("its versions").isOne();
    }

    @Test
    void twoRequestsThatEndTheHandlingOrFileTheFinalReportAtOnceSucceedOnceAndTheOtherIsAConflict()
            throws Exception {
        String grid = http.token("grid-officer");
        String id = http.post("/api/v1/incidents", grid, report(scada(), now().minus(Duration.ofMinutes(5)),
                "{\"directEconomicLossCny\": 6000000}")).json().get("id").asString();

        assertThat(http.postTwiceAtOnce("/api/v1/incidents/" + id + "/handling-ended", grid, ""))
                .containsExactly(200, 409);
        assertThat(http.postTwiceAtOnce("/api/v1/incidents/" + id + "/final-report", grid,
                "{\"cause\": \"VPN\", \"response\": \"Restored\", \"harm\": \"None lasting\"}"))
                .containsExactly(201, 409);
        JsonNode closed = http.get("/api/v1/incidents/" + id, grid).json();
        assertThat(closed.get("versions").findValuesAsString("kind")).as("one version per transition")
                .containsExactly("INITIAL", "HANDLING_ENDED", "FINAL_REPORT");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ? "
                + "and action = 'INCIDENT_FINAL_REPORT'", Long.class, id)).isOne();
    }

    @Test
    void anIncidentFiledUnderARuleSetSinceReplacedEndsItsHandlingByThatSetsClock() {
        UUID set = UUID.randomUUID();
        String code = "TEST-OLD-" + set.toString().substring(0, 8);
        jdbc.update("insert into reporting_rule_set (id, code, name, source, effective_from, active) values "
                + "(?, ?, 'Replaced rules (test)', 'test', date '2020-01-01', false)", set, code);
        jdbc.update("""
                insert into reporting_rule (rule_set_id, position, operator_class, min_grade, obligation_kind, obliged,
                    recipient, due_amount, due_unit, clock_start, article) values
                (?, 1, 'ANY', 'GENERAL', 'FINAL_REPORT', 'OPERATOR', 'FIRST_RECIPIENTS', 2, 'MONTHS', 'HANDLING_ENDED', 'test')""",
                set);
        String grid = http.token("grid-officer");
        String id = http.post("/api/v1/incidents", grid, report(scada(), now().minus(Duration.ofMinutes(5)),
                "{\"directEconomicLossCny\": 6000000}")).json().get("id").asString();
        // filed under the rules of the time, which have since been replaced (no longer active)
        jdbc.update("update incident set rule_set_id = ? where id = ?::uuid", set, id);

        Http.Response ended = http.post("/api/v1/incidents/" + id + "/handling-ended", grid, "");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("ruleSet").asString()).isEqualTo(code);
        assertThat(Instant.parse(obligationsByKind(ended.json()).get("FINAL_REPORT").get("dueAt").asString()))
                .as("two months by the replaced set, not the 30 days of the current one")
                .isAfter(Instant.now().plus(Duration.ofDays(55)));
    }

    @Test
    void anotherRegimeIsAddedAsDataWithoutCode() {
        UUID set = UUID.randomUUID();
        jdbc.update("insert into reporting_rule_set (id, code, name, source, effective_from, active) values "
                + "(?, ?, 'EU NIS2 (test)', 'Directive (EU) 2022/2555 Art. 23', date '2024-10-18', true)", set,
                "TEST-NIS2-" + set.toString().substring(0, 8));
        jdbc.update("""
                insert into reporting_rule (rule_set_id, position, operator_class, min_grade, obligation_kind, obliged,
                    recipient, due_amount, due_unit, clock_start, article) values
                (?, 1, 'ANY', 'RELATIVELY_MAJOR', 'EARLY_WARNING', 'OPERATOR', 'CAC', 24, 'HOURS', 'DISCOVERY', 'NIS2 23(4)(a)'),
                (?, 2, 'ANY', 'RELATIVELY_MAJOR', 'INCIDENT_NOTIFICATION', 'OPERATOR', 'CAC', 72, 'HOURS', 'DISCOVERY', 'NIS2 23(4)(b)'),
                (?, 3, 'ANY', 'RELATIVELY_MAJOR', 'FINAL_REPORT', 'OPERATOR', 'FIRST_RECIPIENTS', 1, 'MONTHS', 'HANDLING_ENDED', 'NIS2 23(4)(d)')""",
                set, set, set);
        ReportingRuleSets.RuleSet nis2 = ruleSets.load("TEST-NIS2-" + set.toString().substring(0, 8));
        assertThat(nis2.applicable("OTHER", Grade.MAJOR)).extracting(r -> r.obligationKind() + "/" + r.exactDuration())
                .containsExactly("EARLY_WARNING/PT24H", "INCIDENT_NOTIFICATION/PT72H", "FINAL_REPORT/null");
        assertThat(nis2.applicable("OTHER", Grade.GENERAL)).isEmpty();
    }
}
