package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * CIIP's own records shared as STIX: an operator's incident goes out under its sector's identity unless it consents
 * to be named, only its operator shares it, and every share is audited; a warning is published only by its issuer,
 * with each of its indicators' patterns checked.
 */
@RunningCiip
class RecordSharingTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    String financeCollection() {
        for (JsonNode c : http.get("/api/v1/sharing/collections", http.token("finance-dept")).json()) {
            if ("FINANCE".equals(c.path("sector").asString(null))) {
                return c.get("id").asString();
            }
        }
        throw new AssertionError("the demo world's finance collection");
    }

    String incident(Party operator) {
        String asset = fresh.ciiAsset(operator);
        Http.Response reported = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Phishing encrypted a PC of %s",
                 "impact": {"personalInfoRecordsLeaked": 200}}"""
                .formatted(asset, clock.instant().minusSeconds(600), operator.username()));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().get("id").asString();
    }

    @Test
    void anIncidentSharedWithoutConsentCarriesItsSectorsIdentityAndNothingOfTheOperatorsAndIsAudited() {
        Party operator = fresh.ciiOperator("FINANCE");
        String incident = incident(operator);
        String collection = financeCollection();

        Http.Response shared = http.post("/api/v1/sharing/incidents/" + incident, http.token(operator.username()), """
                {"collectionId": "%s", "tlp": "AMBER", "as": "INCIDENT", "named": false,
                 "name": "Ransomware through phishing", "description": "A phishing mail encrypted a workstation."}"""
                .formatted(collection));

        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        JsonNode bundle = shared.json().get("bundle");
        String text = bundle.toString();
        assertThat(text).doesNotContain(operator.id().toString()).doesNotContain("Test OPERATOR");
        JsonNode identity = find(bundle, "identity");
        assertThat(identity.get("identity_class").asString()).isEqualTo("class");
        assertThat(identity.get("name").asString()).contains("FINANCE sector");
        JsonNode stix = find(bundle, "incident");
        assertThat(stix.get("created_by_ref").asString()).isEqualTo(identity.get("id").asString());
        assertThat(stix.get("object_marking_refs").get(0).asString()).isEqualTo(Tlp.AMBER.markingId());
        assertThat(jdbc.queryForList("select summary from audit_entry where action = 'SHARING_INCIDENT_SHARED'"
                + " and object_id = ?", String.class, collection)).anyMatch(s -> s.contains(incident)
                        && s.contains("\"named\":false"));
        assertThat(http.get("/taxii2/ciip/collections/" + collection + "/objects/" + stix.get("id").asString() + "/",
                http.token("finance-dept")).status()).as("without the TAXII media type").isEqualTo(406);

        Http.Response again = http.post("/api/v1/sharing/incidents/" + incident(fresh.ciiOperator("FINANCE")),
                http.token(fresh.ciiOperator("FINANCE").username()), """
                {"collectionId": "%s", "tlp": "AMBER", "as": "INCIDENT", "name": "x", "description": "y"}"""
                .formatted(collection));
        assertThat(again.status()).as("another operator's incident").isEqualTo(404);
    }

    @Test
    void anOperatorThatConsentsIsNamedAndItsIncidentMayGoOutAsAReport() {
        Party operator = fresh.ciiOperator("FINANCE");
        String incident = incident(operator);

        JsonNode bundle = http.post("/api/v1/sharing/incidents/" + incident, http.token(operator.username()), """
                {"collectionId": "%s", "tlp": "GREEN", "as": "REPORT", "named": true,
                 "name": "Ransomware through phishing", "description": "A phishing mail encrypted a workstation."}"""
                .formatted(financeCollection())).json().get("bundle");

        assertThat(find(bundle, "identity").get("id").asString()).isEqualTo("identity--" + operator.id());
        assertThat(find(bundle, "report").get("object_refs").get(0).asString())
                .isEqualTo(find(bundle, "incident").get("id").asString());
    }

    @Test
    void onlyTheIssuerPublishesAWarningAndEachPatternIsChecked() {
        String collection = financeCollection();
        String warning = http.post("/api/v1/warnings", http.token("finance-dept"), """
                {"titleEn": "Card skimming malware %s", "level": "YELLOW", "threatType": "MALWARE",
                 "products": [{"purl": "pkg:npm/skim-%s", "ranges": [{"fixed": "1.0.1"}]}], "actions": "Patch."}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID())).json().get("id").asString();

        Http.Response bad = http.post("/api/v1/sharing/warnings/" + warning, http.token("finance-dept"), """
                {"collectionId": "%s", "tlp": "GREEN", "patterns": ["[url:value = 'https://skim.example/a']",
                 "[url:value = 'unclosed]"]}""".formatted(collection));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("patterns");
        assertThat(bad.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(http.post("/api/v1/sharing/warnings/" + warning, http.token("bank-officer"), """
                {"collectionId": "%s", "tlp": "GREEN"}""".formatted(collection)).status()).isIn(403, 404);

        Http.Response ok = http.post("/api/v1/sharing/warnings/" + warning, http.token("finance-dept"), """
                {"collectionId": "%s", "tlp": "GREEN", "patterns": ["[url:value = 'https://skim.example/a']"]}"""
                .formatted(collection));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode bundle = ok.json().get("bundle");
        assertThat(find(bundle, "course-of-action").get("description").asString()).isEqualTo("Patch.");
        assertThat(find(bundle, "indicator").get("pattern").asString()).isEqualTo("[url:value = 'https://skim.example/a']");
        assertThat(jdbc.queryForList("select summary from audit_entry where action = 'SHARING_WARNING_PUBLISHED'"
                + " and object_id = ?", String.class, collection)).anyMatch(s -> s.contains(warning));
    }

    private static JsonNode find(JsonNode bundle, String type) {
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asString().equals(type)) {
                return o;
            }
        }
        throw new AssertionError("no " + type + " in " + bundle);
    }
}
