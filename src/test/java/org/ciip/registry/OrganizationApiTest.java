package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RunningCiip
class OrganizationApiTest {

    @Autowired
    Http http;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String freshCode() {
        String digits = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return UnifiedSocialCreditCode.complete("91440300" + digits);
    }

    private static String operator(String name, String code) {
        return "{\"kind\":\"OPERATOR\",\"name\":\"" + name + "\",\"creditCode\":\"" + code + "\","
                + "\"regionCode\":\"440300\",\"sectors\":[\"FINANCE\"]}";
    }

    @Test
    void theAdministratorRegistersAnOperatorWithAValidCreditCode() {
        String code = freshCode();
        Http.Response r = http.post("/api/v1/organizations", http.token("admin"), operator("深圳示范证券", code));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("creditCode").asString()).isEqualTo(code);
        assertThat(r.json().get("sectors").get(0).asString()).isEqualTo("FINANCE");
        String id = r.json().get("id").asString();
        assertThat(http.get("/api/v1/organizations/" + id, http.token("finance-dept")).status()).isEqualTo(200);
    }

    @Test
    void aWrongCreditCodeIs400NamingTheField() {
        String code = freshCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '1' ? '2' : '1');
        Http.Response r = http.post("/api/v1/organizations", http.token("admin"), operator("Wrong code", wrong));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("creditCode");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("GB 32100-2015");
    }

    @Test
    void aCreditCodeCanBeRegisteredOnlyOnce() {
        String code = freshCode();
        assertThat(http.post("/api/v1/organizations", http.token("admin"), operator("Once", code)).status())
                .isEqualTo(201);
        Http.Response again = http.post("/api/v1/organizations", http.token("admin"), operator("Twice", code));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("creditCode");
    }

    @Test
    void badRegionSectorsAndKindAreNamed() {
        Http.Response r = http.post("/api/v1/organizations", http.token("admin"),
                "{\"kind\":\"OPERATOR\",\"name\":\"x\",\"creditCode\":\"" + freshCode() + "\",\"regionCode\":\"99\","
                        + "\"sectors\":[\"MINING\"],\"jurisdictionProvince\":\"11\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactlyInAnyOrder("regionCode", "sectors[0]", "jurisdictionProvince");
        Http.Response unknownKind = http.post("/api/v1/organizations", http.token("admin"),
                "{\"kind\":\"BANK\",\"name\":\"x\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
    }

    @Test
    void onlyThePlatformAdministratorRegistersOrganizations() {
        assertThat(http.post("/api/v1/organizations", http.token("energy-dept"), operator("x", freshCode())).status())
                .isEqualTo(403);
    }

    @Test
    void aStaleOrganizationUpdateIs409() {
        String id = http.post("/api/v1/organizations", http.token("admin"), operator("Versioned org", freshCode()))
                .json().get("id").asString();
        assertThat(http.patch("/api/v1/organizations/" + id, http.token("admin"),
                "{\"nameEn\":\"Versioned Org\",\"version\":0}").status()).isEqualTo(200);
        assertThat(http.patch("/api/v1/organizations/" + id, http.token("admin"),
                "{\"nameEn\":\"Again\",\"version\":0}").status()).isEqualTo(409);
    }

    @Test
    void theDirectoryPageNamesEachOrganizationsSectorsAndPrintsNoNull() {
        String cookie = http.signIn("energy-dept");
        String english = http.send(http.request("/organizations?lang=en&kind=OPERATOR&sector=ENERGY", null)
                .header("Cookie", cookie).GET()).body();
        assertThat(english).contains("Energy").doesNotContain("null");
        String chinese = http.send(http.request("/organizations?lang=zh-CN", null).header("Cookie", cookie).GET())
                .body();
        assertThat(chinese).contains("能源").doesNotContain("null");
        String grid = jdbc.queryForObject("select organization_id from account where username = 'grid-officer'",
                String.class);
        assertThat(http.send(http.request("/organizations/" + grid + "?lang=en", null).header("Cookie", cookie).GET())
                .body()).contains("Energy").doesNotContain("null");
    }
}
