package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The journey of Art. 23 as a grid operator's own tool makes it, speaking nothing but TAXII 2.1: it discovers CIIP,
 * finds the energy sector's collection, pulls the indicators of the energy department's latest warning, and pushes
 * back a sighting of one; the department is told in its inbox and sees the sighting on the indicator's page.
 */
@RunningCiip
class TaxiiJourneyTest {

    @Autowired
    Http http;

    @Test
    void anOperatorsToolPullsTheDepartmentsWarningIndicatorsAndPushesASightingTheDepartmentThenSees() {
        String dept = http.token("energy-dept");
        String warning = http.post("/api/v1/warnings", dept, """
                {"titleZh": "变电站 HMI 远程代码执行漏洞", "titleEn": "Remote code execution in substation HMIs",
                 "level": "ORANGE", "threatType": "VULNERABILITY", "identifiers": ["CVE-2026-31337"],
                 "products": [{"purl": "pkg:maven/org.example.%s/hmi", "ranges": [{"fixed": "7.3"}]}],
                 "sectors": ["ENERGY"], "actions": "Upgrade the HMI to 7.3; block 203.0.113.0/24."}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).json().get("id").asString();
        String energy = null;
        for (JsonNode c : http.get("/api/v1/sharing/collections", dept).json()) {
            if ("ENERGY".equals(c.path("sector").asString(null))) {
                energy = c.get("id").asString();
            }
        }
        Http.Response published = http.post("/api/v1/sharing/warnings/" + warning, dept, """
                {"collectionId": "%s", "tlp": "GREEN", "patterns": ["[ipv4-addr:value = '203.0.113.77']",
                 "[domain-name:value = 'update.hmi-vendor.example']"]}""".formatted(energy));
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        TaxiiClient tool = new TaxiiClient(http.base(), "grid-officer", http.token("grid-officer"));
        String root = tool.apiRoots().getFirst();
        String collection = null;
        for (JsonNode c : tool.get(root + "collections/").body().get("collections")) {
            if ("energy".equals(c.path("alias").asString(null))) {
                collection = root + "collections/" + c.get("id").asString() + "/";
            }
        }
        assertThat(collection).as("the energy sector's collection").isNotNull();
        JsonNode report = tool.allObjects(collection, "match[type]=report").stream()
                .filter(r -> warning.equals(r.path("x_ciip_warning_id").asString(null))).findFirst().orElseThrow();
        List<String> refs = new ArrayList<>();
        report.get("object_refs").forEach(r -> refs.add(r.asString()));
        List<JsonNode> indicators = tool.allObjects(collection, "match[type]=indicator&match[id]="
                + String.join(",", refs));
        assertThat(indicators).extracting(i -> i.get("pattern").asString()).containsExactlyInAnyOrder(
                "[ipv4-addr:value = '203.0.113.77']", "[domain-name:value = 'update.hmi-vendor.example']");
        assertThat(tool.allObjects(collection, "match[type]=vulnerability&match[id]=" + String.join(",", refs)))
                .extracting(v -> v.get("external_references").get(0).get("external_id").asString())
                .containsExactly("CVE-2026-31337");

        String indicator = indicators.stream().filter(i -> i.get("pattern").asString().contains("203.0.113.77"))
                .findFirst().orElseThrow().get("id").asString();
        String soc = "identity--" + UUID.randomUUID();
        String sighting = "sighting--" + UUID.randomUUID();
        TaxiiClient.Answer pushed = tool.post(collection + "objects/", """
                {"objects": [
                  {"type": "identity", "spec_version": "2.1", "id": "%s", "created": "2026-12-01T08:00:00.000Z",
                   "modified": "2026-12-01T08:00:00.000Z", "name": "Grid SOC", "identity_class": "organization",
                   "object_marking_refs": ["%s"]},
                  {"type": "sighting", "spec_version": "2.1", "id": "%s", "created": "2026-12-01T08:00:00.000Z",
                   "modified": "2026-12-01T08:00:00.000Z", "sighting_of_ref": "%s", "where_sighted_refs": ["%s"],
                   "count": 3, "first_seen": "2026-12-01T01:00:00Z", "last_seen": "2026-12-01T07:00:00Z",
                   "object_marking_refs": ["%s"]}]}""".formatted(soc, Tlp.AMBER.markingId(), sighting, indicator,
                soc, Tlp.AMBER.markingId()));
        assertThat(pushed.status()).isEqualTo(202);
        assertThat(pushed.body().get("success_count").asInt()).as(pushed.body().toString()).isEqualTo(2);

        String session = http.signIn("energy-dept");
        String page = http.send(http.request("/sharing/collections/" + collection.split("/")[4] + "/objects/"
                + indicator, null, "Cookie", session).GET()).body();
        assertThat(page).contains(sighting).contains("sighting ×3").contains("Grid SOC");
        String feed = http.send(http.request("/sharing/collections/" + collection.split("/")[4] + "?type=sighting",
                null, "Cookie", session).GET()).body();
        assertThat(feed).contains(sighting);
        assertThat(http.get("/api/v1/inbox?unread=true", dept).body())
                .contains("1 new sighting(s) reported in Energy sector threat sharing");
    }
}
