package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RunningCiip
class IdentificationFlowTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    static String ruleBody(String name, String supersedes) {
        return """
                {"sector": "ENERGY", "name": "%s", "nameEn": "Energy CII identification rule",
                 %s
                 "definition": {
                   "method": "ANY_FACTOR_HIGHEST",
                   "levels": [{"value": 1, "nameZh": "低", "nameEn": "Low"}, {"value": 2, "nameZh": "中", "nameEn": "Medium"},
                              {"value": 3, "nameZh": "高", "nameEn": "High"}],
                   "factors": [
                     {"key": "IMPORTANCE", "criteria": [{"key": "dispatch", "nameZh": "调度业务关联度", "nameEn": "Role in dispatching"}]},
                     {"key": "HARM", "criteria": [{"key": "outage", "nameZh": "停运影响人口", "nameEn": "People affected by an outage"}]},
                     {"key": "CROSS_SECTOR_IMPACT", "criteria": [{"key": "dependents", "nameZh": "依赖行业数", "nameEn": "Sectors depending on it"}]}
                   ]}}""".formatted(name, supersedes == null ? "" : "\"supersedes\": \"" + supersedes + "\",");
    }

    static String decision(UUID assetId, String ruleId, int dispatch, String decision, String reason) {
        return """
                {%s "ruleId": "%s", "ratings": {"dispatch": %d, "outage": 2, "dependents": 1},
                 "justifications": {"IMPORTANCE": "Carries real-time dispatching", "HARM": "Regional outage",
                                    "CROSS_SECTOR_IMPACT": "Rail and water depend on it"},
                 "decision": "%s" %s}""".formatted(assetId == null ? "" : "\"assetId\": \"" + assetId + "\",", ruleId,
                dispatch, decision, reason == null ? "" : ", \"reason\": \"" + reason + "\"");
    }

    /** A rule drafted, filed, recorded by MPS and activated: what a department needs before identifying. */
    String activeRule(String name) {
        String dept = http.token("energy-dept");
        String id = http.post("/api/v1/identification-rules", dept, ruleBody(name, null)).json().get("id").asString();
        assertThat(http.post("/api/v1/identification-rules/" + id + "/filing", dept, "{}").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/identification-rules/" + id + "/filing", http.token("mps"),
                "{\"recordDate\": \"2026-11-20\", \"recordNumber\": \"MPS-2026-017\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/identification-rules/" + id + "/activation", dept, "").status()).isEqualTo(200);
        return id;
    }

    UUID newGridAsset() {
        return UUID.fromString(http.post("/api/v1/assets", http.token("grid-officer"), "{\"name\":\"Substation "
                + UUID.randomUUID() + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"ENERGY\",\"mlpsLevel\":4,"
                + "\"coreBusiness\":\"Substation automation\"}").json().get("id").asString());
    }

    List<String> inboxTitles(String username) {
        List<String> titles = new ArrayList<>();
        http.get("/api/v1/inbox?size=200", http.token(username)).json().get("items")
                .forEach(n -> titles.add(n.get("titleEn").asString()));
        return titles;
    }

    @Test
    void draftFileRecordActivateIdentifyAndNotify() {
        String dept = http.token("energy-dept");
        String mps = http.token("mps");
        String name = "电力行业关键信息基础设施认定规则 " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode drafted = http.post("/api/v1/identification-rules", dept, ruleBody(name, null)).json();
        assertThat(drafted.get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.get("version").asInt()).isOne();
        String ruleId = drafted.get("id").asString();

        assertThat(http.get("/api/v1/identification-rules/" + ruleId, mps).status()).as("MPS sees no drafts")
                .isEqualTo(404);
        assertThat(http.post("/api/v1/identification-rules/" + ruleId + "/filing", dept, "{}").json().get("status")
                .asString()).isEqualTo("SUBMITTED");
        assertThat(inboxTitles("mps")).anyMatch(t -> t.contains(name));

        JsonNode filed = http.post("/api/v1/identification-rules/" + ruleId + "/filing", mps,
                "{\"recordDate\": \"2026-11-20\", \"recordNumber\": \"MPS-2026-018\"}").json();
        assertThat(filed.get("status").asString()).isEqualTo("FILED");
        assertThat(filed.get("mpsRecordDate").asString()).isEqualTo("2026-11-20");
        assertThat(inboxTitles("energy-dept")).anyMatch(t -> t.contains("recorded the filing") && t.contains(name));
        assertThat(http.post("/api/v1/identification-rules/" + ruleId + "/activation", dept, "").json()
                .get("status").asString()).isEqualTo("ACTIVE");

        UUID asset = newGridAsset();
        List<String> candidates = new ArrayList<>();
        http.get("/api/v1/identification-candidates?size=200", dept).json().get("items")
                .forEach(a -> candidates.add(a.get("id").asString()));
        assertThat(candidates).contains(asset.toString());

        JsonNode preview = http.post("/api/v1/identifications/preview", dept, decision(null, ruleId, 3, "CII", null))
                .json();
        assertThat(preview.get("recommendation").asString()).isEqualTo("CII");

        Http.Response decided = http.post("/api/v1/identifications", dept, decision(asset, ruleId, 3, "CII", null));
        assertThat(decided.status()).isEqualTo(201);
        JsonNode d = decided.json();
        assertThat(d.get("decision").asString()).isEqualTo("CII");
        assertThat(d.get("recommendation").asString()).isEqualTo("CII");
        assertThat(d.get("ruleVersion").asInt()).isOne();
        assertThat(d.get("decidedAt").asString()).isNotBlank();
        assertThat(d.get("operatorNotifiedAt").asString()).isNotBlank();
        assertThat(d.get("mpsNotifiedAt").asString()).isNotBlank();

        assertThat(http.get("/api/v1/assets/" + asset, http.token("grid-officer")).json().get("ciiStatus").asString())
                .isEqualTo("CII");
        String assetName = http.get("/api/v1/assets/" + asset, http.token("grid-officer")).json().get("name").asString();
        assertThat(inboxTitles("grid-staff")).anyMatch(t -> t.contains(assetName) && t.contains("is critical"));
        assertThat(inboxTitles("mps")).anyMatch(t -> t.contains(assetName));
        assertThat(http.get("/api/v1/identifications/" + d.get("id").asString(), http.token("grid-officer")).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/identifications/" + d.get("id").asString(), http.token("bank-officer")).status())
                .isEqualTo(404);
    }

    @Test
    void anUnfiledRuleCannotBeUsed() {
        String dept = http.token("energy-dept");
        String draft = http.post("/api/v1/identification-rules", dept, ruleBody("Unfiled", null)).json().get("id")
                .asString();
        Http.Response r = http.post("/api/v1/identifications", dept, decision(newGridAsset(), draft, 3, "CII", null));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("DRAFT").contains("Art. 9");
        assertThat(http.post("/api/v1/identification-rules/" + draft + "/activation", dept, "").status())
                .isEqualTo(409);
    }

    @Test
    void aNewVersionSupersedesTheOldOneOnActivationAndTheOldOneIsNoLongerUsable() {
        String dept = http.token("energy-dept");
        String v1 = activeRule("Versioned rule");
        JsonNode v2 = http.post("/api/v1/identification-rules", dept, ruleBody("Versioned rule", v1)).json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("seriesId").asString()).isEqualTo(
                http.get("/api/v1/identification-rules/" + v1, dept).json().get("seriesId").asString());
        String v2id = v2.get("id").asString();
        http.post("/api/v1/identification-rules/" + v2id + "/filing", dept, "{}");
        http.post("/api/v1/identification-rules/" + v2id + "/filing", http.token("mps"), "{\"recordDate\":\"2026-11-21\"}");
        http.post("/api/v1/identification-rules/" + v2id + "/activation", dept, "");
        assertThat(http.get("/api/v1/identification-rules/" + v1, dept).json().get("status").asString())
                .isEqualTo("SUPERSEDED");
        assertThat(http.post("/api/v1/identifications", dept, decision(newGridAsset(), v1, 3, "CII", null)).status())
                .isEqualTo(409);
        JsonNode decided = http.post("/api/v1/identifications", dept, decision(newGridAsset(), v2id, 1, "NOT_CII", null))
                .json();
        assertThat(decided.get("ruleVersion").asInt()).isEqualTo(2);
    }

    @Test
    void anOperatorCannotIdentifyItsOwnAsset() {
        String rule = activeRule("Operator attempt");
        assertThat(http.post("/api/v1/identifications", http.token("grid-officer"),
                decision(newGridAsset(), rule, 3, "CII", null)).status()).isEqualTo(403);
    }

    @Test
    void aDepartmentOfAnotherSectorGets404ForTheAsset() {
        String rule = activeRule("Other sector");
        Http.Response r = http.post("/api/v1/identifications", http.token("finance-dept"),
                decision(newGridAsset(), rule, 3, "CII", null));
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void decidingAgainstTheRecommendationNeedsAWrittenReason() {
        String dept = http.token("energy-dept");
        String rule = activeRule("Against recommendation");
        UUID asset = newGridAsset();
        Http.Response noReason = http.post("/api/v1/identifications", dept, decision(asset, rule, 1, "CII", null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Http.Response withReason = http.post("/api/v1/identifications", dept,
                decision(asset, rule, 1, "CII", "Sole backup of the regional dispatch centre"));
        assertThat(withReason.status()).isEqualTo(201);
        assertThat(withReason.json().get("recommendation").asString()).isEqualTo("NOT_CII");
        assertThat(withReason.json().get("reason").asString()).isEqualTo("Sole backup of the regional dispatch centre");
    }

    @Test
    void badInputIsAProblemDocumentNamingTheFields() {
        String dept = http.token("energy-dept");
        String rule = activeRule("Bad input");
        Http.Response r = http.post("/api/v1/identifications", dept, "{\"assetId\": \"" + newGridAsset()
                + "\", \"ruleId\": \"" + rule + "\", \"ratings\": {\"dispatch\": 9}, \"decision\": \"MAYBE\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("ratings.dispatch", "ratings.outage",
                "ratings.dependents", "justifications.IMPORTANCE", "justifications.HARM",
                "justifications.CROSS_SECTOR_IMPACT", "decision");
        Http.Response badRule = http.post("/api/v1/identification-rules", dept,
                "{\"sector\": \"FINANCE\", \"name\": \"\", \"definition\": {\"method\": \"WEIGHTED_SCORE\"}}");
        assertThat(badRule.status()).isEqualTo(400);
        assertThat(badRule.errorFields()).contains("sector", "name", "definition.levels", "definition.factors",
                "definition.threshold");
    }

    @Test
    void theOperatorReportsAChangeAndTheDepartmentRecertifiesWithinTheLegalPeriod() {
        String dept = http.token("energy-dept");
        String rule = activeRule("Recertification rule");
        UUID asset = newGridAsset();
        http.post("/api/v1/identifications", dept, decision(asset, rule, 3, "CII", null));

        Http.Response reported = http.post("/api/v1/change-reports", http.token("grid-officer"), """
                {"assetId": "%s", "whatChanged": "Moved to a new data centre and merged with the backup system",
                 "changedOn": "2026-11-01", "whyItMayAffect": "Its role in dispatching grew"}""".formatted(asset));
        assertThat(reported.status()).isEqualTo(201);
        JsonNode report = reported.json();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String expectedDue = http.get("/api/v1/calendar/period-end?start=" + today + "&months=3", dept).json()
                .get("endDate").asString();
        assertThat(report.get("recertificationDueDate").asString()).isEqualTo(expectedDue);
        assertThat(report.get("receivedAt").asString()).isNotBlank();
        assertThat(report.get("overdue").asBoolean()).isFalse();
        String reportId = report.get("id").asString();
        assertThat(inboxTitles("energy-dept")).anyMatch(t -> t.contains("reported a major change"));
        assertThat(http.get("/api/v1/change-reports/" + reportId, http.token("finance-dept")).status()).isEqualTo(404);

        Http.Response recertified = http.post("/api/v1/change-reports/" + reportId + "/recertification", dept,
                decision(null, rule, 1, "NOT_CII", null));
        assertThat(recertified.status()).isEqualTo(201);
        assertThat(recertified.json().get("kind").asString()).isEqualTo("RECERTIFICATION");
        assertThat(http.get("/api/v1/assets/" + asset, http.token("grid-officer")).json().get("ciiStatus").asString())
                .isEqualTo("NOT_CII");
        assertThat(http.get("/api/v1/change-reports/" + reportId, dept).json().get("status").asString())
                .isEqualTo("RECERTIFIED");
        assertThat(inboxTitles("grid-officer")).anyMatch(t -> t.startsWith("Re-certification result"));
        assertThat(http.post("/api/v1/change-reports/" + reportId + "/recertification", dept,
                decision(null, rule, 1, "NOT_CII", null)).status()).isEqualTo(409);
    }

    @Test
    void aRuleIsSubmittedRecordedAndActivatedOnceWhenTheSameStepIsSentTwiceAtOnce() throws Exception {
        String dept = http.token("energy-dept");
        String id = http.post("/api/v1/identification-rules", dept, ruleBody("Rule sent twice", null)).json()
                .get("id").asString();
        assertThat(http.postTwiceAtOnce("/api/v1/identification-rules/" + id + "/filing", dept, "{}"))
                .containsExactly(200, 409);
        assertThat(http.postTwiceAtOnce("/api/v1/identification-rules/" + id + "/filing", http.token("mps"),
                "{\"recordDate\": \"2026-11-20\", \"recordNumber\": \"MPS-2026-018\"}")).containsExactly(200, 409);
        assertThat(http.postTwiceAtOnce("/api/v1/identification-rules/" + id + "/activation", dept, ""))
                .containsExactly(200, 409);
        assertThat(http.get("/api/v1/identification-rules/" + id, dept).json().get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aChangeReportIsRecertifiedOnceWhenTwoRecertificationsAreSentAtOnce() throws Exception {
        String dept = http.token("energy-dept");
        String rule = activeRule("Rule recertified twice");
        UUID asset = newGridAsset();
        http.post("/api/v1/identifications", dept, decision(asset, rule, 3, "CII", null));
        String reportId = http.post("/api/v1/change-reports", http.token("grid-officer"), """
                {"assetId": "%s", "whatChanged": "Merged with the backup system", "changedOn": "2026-11-01",
                 "whyItMayAffect": "Its role grew"}""".formatted(asset)).json().get("id").asString();

        assertThat(http.postTwiceAtOnce("/api/v1/change-reports/" + reportId + "/recertification", dept,
                decision(null, rule, 1, "NOT_CII", null))).containsExactly(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from identification where asset_id = ? "
                + "and kind = 'RECERTIFICATION'", Long.class, asset)).as("one decision recorded").isOne();
    }

    @Test
    void onlyACiiAssetIsReportedAndOnlyByItsOperator() {
        UUID candidate = newGridAsset();
        String body = "{\"assetId\":\"" + candidate + "\",\"whatChanged\":\"x\",\"changedOn\":\"2026-11-01\","
                + "\"whyItMayAffect\":\"y\"}";
        assertThat(http.post("/api/v1/change-reports", http.token("grid-officer"), body).status()).isEqualTo(409);
        assertThat(http.post("/api/v1/change-reports", http.token("bank-officer"), body).status())
                .as("another operator's asset is not found").isEqualTo(404);
        Http.Response bad = http.post("/api/v1/change-reports", http.token("grid-officer"),
                "{\"assetId\":\"" + candidate + "\",\"changedOn\":\"2099-01-01\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("whatChanged", "whyItMayAffect", "changedOn");
    }
}
