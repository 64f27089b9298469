package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every page of sharing opens for the parties who use it, in English and in Chinese, and the pattern check answers in
 * the reader's language.
 */
@RunningCiip
class SharingPagesTest {

    @Autowired
    Http http;

    @Test
    void everySharingPageOpensInBothLanguagesForTheDepartmentAndTheOperator() {
        String energy = null;
        for (JsonNode c : http.get("/api/v1/sharing/collections", http.token("energy-dept")).json()) {
            if ("ENERGY".equals(c.path("sector").asString(null))) {
                energy = c.get("id").asString();
            }
        }
        JsonNode feed = http.send(http.request("/taxii2/ciip/collections/" + energy + "/objects/?limit=1",
                http.token("grid-officer"), "Accept", "application/taxii+json;version=2.1").GET()).json();
        String object = feed.get("objects").get(0).get("id").asString();
        String[] pages = {"/sharing", "/sharing/collections/" + energy,
            "/sharing/collections/" + energy + "?type=indicator&tlp=GREEN&from=2026-01-01&to=2027-01-01&q=C2",
            "/sharing/collections/" + energy + "/objects/" + object,
            "/sharing/collections/" + energy + "/indicators/new", "/sharing/collections/" + energy + "/upload"};

        assertThat(http.brokenPages("energy-dept", pages)).isEmpty();
        assertThat(http.brokenPages("grid-officer", pages)).isEmpty();
        assertThat(http.brokenPages("cac", "/sharing")).isEmpty();
        assertThat(http.brokenPages("agency", "/sharing")).isEmpty();
    }

    @Test
    void theDepartmentAdmitsAnOrganizationByItsCreditCodeAndAnUnknownCodeIsRefusedInTheReadersLanguage() {
        String energy = null;
        for (JsonNode c : http.get("/api/v1/sharing/collections", http.token("energy-dept")).json()) {
            if ("ENERGY".equals(c.path("sector").asString(null))) {
                energy = c.get("id").asString();
            }
        }
        JsonNode agency = http.get("/api/v1/organizations?kind=SERVICE_AGENCY&size=1", http.token("admin")).json()
                .get("items").get(0);
        String session = http.signIn("energy-dept");
        String feed = "/sharing/collections/" + energy;

        Http.Response admitted = http.postForm(feed + "/members", session, feed, "organization",
                agency.get("creditCode").asString().toLowerCase(), "tier", "PARTNER");
        assertThat(admitted.status()).isEqualTo(302);
        String page = http.send(http.request(feed + "?lang=en", null, "Cookie", session).GET()).body();
        assertThat(page).contains("The organization is admitted.").contains(agency.get("name").asString());

        Http.Response unknown = http.postForm(feed + "/members", session, feed, "organization",
                "91110000000000000X", "tier", "PARTNER");
        assertThat(unknown.status()).isEqualTo(302);
        assertThat(http.send(http.request(feed + "?lang=zh-CN", null, "Cookie", session).GET()).body())
                .contains("CIIP 中没有登记该统一社会信用代码的单位。");
    }

    @Test
    void anIndicatorRefusedForItsPatternSaysWhyBesideTheFieldInTheReadersLanguage() {
        String energy = null;
        for (JsonNode c : http.get("/api/v1/sharing/collections", http.token("grid-officer")).json()) {
            if ("ENERGY".equals(c.path("sector").asString(null))) {
                energy = c.get("id").asString();
            }
        }
        String session = http.signIn("grid-officer");
        String form = "/sharing/collections/" + energy + "/indicators/new?lang=zh-CN";

        Http.Response refused = http.postForm("/sharing/collections/" + energy + "/indicators?lang=zh-CN", session, form,
                "name", "Beacon", "pattern", "[ipv4-addr:value = '1.2.3.4'", "tlp", "GREEN");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("第 29 个字符：此处应为 ]");
    }

    @Test
    void thePatternCheckSaysWhereThePatternBreaksInTheReadersLanguage() {
        String session = http.signIn("grid-officer");
        JsonNode zh = http.send(http.request("/sharing/patterns/check?lang=zh-CN&pattern="
                + java.net.URLEncoder.encode("[url:value = 'a' AND ipv4-addr:value = 'b']",
                        java.nio.charset.StandardCharsets.UTF_8), null, "Cookie", session, "Accept",
                "application/json").GET()).json();

        assertThat(zh.get("valid").asBoolean()).isFalse();
        assertThat(zh.get("position").asInt()).isEqualTo(22);
        assertThat(zh.get("message").asString()).startsWith("第 22 个字符：用 AND 连接的比较须针对同一对象类型");
    }
}
