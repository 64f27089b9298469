package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record outside the caller's jurisdiction answers 404, never revealing that it exists. */
@RunningCiip
class JurisdictionTest {

    @Autowired
    Http http;

    private String assetOf(String username, String query) {
        return http.get("/api/v1/assets?q=" + query, http.token(username)).json().get("items").get(0).get("id")
                .asString();
    }

    @Test
    void anOperatorGets404ForAnotherOperatorsAsset() {
        String gridScada = assetOf("grid-officer", "SCADA");
        Http.Response r = http.get("/api/v1/assets/" + gridScada, http.token("bank-officer"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:ciip:problem:not-found");
        assertThat(http.get("/api/v1/assets/" + gridScada, http.token("grid-officer")).status()).isEqualTo(200);
    }

    @Test
    void anOperatorListsOnlyItsOwnAssets() {
        var items = http.get("/api/v1/assets?size=200", http.token("bank-officer")).json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(4);
        items.forEach(a -> assertThat(a.get("operatorName").asString()).isEqualTo("示范商业银行股份有限公司"));
    }

    @Test
    void theRailwaysDepartmentSeesTheRailwaysAssetsAndNoOtherSectors() {
        var items = http.get("/api/v1/assets?size=200", http.token("transport-dept")).json().get("items");
        assertThat(items.size()).isGreaterThan(0);
        items.forEach(a -> assertThat(a.get("sector").asString()).isEqualTo("TRANSPORTATION"));
        assertThat(items.findValuesAsString("operatorName")).contains("京沪示范铁路有限公司");
        assertThat(http.get("/api/v1/assets/" + assetOf("grid-officer", "SCADA"), http.token("transport-dept"))
                .status()).isEqualTo(404);
    }

    @Test
    void aProtectionDepartmentSeesTheAssetsOfItsOwnSectorOnly() {
        String gridScada = assetOf("grid-officer", "SCADA");
        String bankCore = assetOf("bank-officer", "%E6%A0%B8%E5%BF%83"); // 核心
        assertThat(http.get("/api/v1/assets/" + gridScada, http.token("energy-dept")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/assets/" + bankCore, http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/assets/" + bankCore, http.token("finance-dept")).status()).isEqualTo(200);
        var sectors = http.get("/api/v1/assets?size=200", http.token("energy-dept")).json().get("items");
        assertThat(sectors.size()).isGreaterThan(0);
        sectors.forEach(a -> assertThat(a.get("sector").asString()).isEqualTo("ENERGY"));
    }

    @Test
    void thePlatformAdministratorSeesOrganizationsButNoAssets() {
        String gridScada = assetOf("grid-officer", "SCADA");
        String admin = http.token("admin");
        assertThat(http.get("/api/v1/assets/" + gridScada, admin).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/assets", admin).json().get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/organizations?size=200", admin).json().get("totalElements").asLong())
                .isGreaterThanOrEqualTo(11);
    }

    @Test
    void anOperatorSeesItselfAndTheAuthoritiesButNotOtherOperatorsInTheDirectory() {
        var gridOrgs = http.get("/api/v1/organizations?size=200", http.token("grid-officer")).json().get("items");
        java.util.List<String> names = new java.util.ArrayList<>();
        gridOrgs.forEach(o -> names.add(o.get("name").asString()));
        assertThat(names).contains("华北示范电网有限公司", "国家能源局", "公安部")
                .doesNotContain("示范商业银行股份有限公司", "示范信息技术有限公司");
        String bankId = http.get("/api/v1/organizations?q=%E7%A4%BA%E8%8C%83%E5%95%86%E4%B8%9A", http.token("admin"))
                .json().get("items").get(0).get("id").asString();
        assertThat(http.get("/api/v1/organizations/" + bankId, http.token("grid-officer")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/organizations/" + bankId, http.token("finance-dept")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/organizations/" + bankId, http.token("energy-dept")).status()).isEqualTo(404);
    }

    @Test
    void publicSecurityServiceAgenciesAndSuppliersSeeNoAssetsByThisRight() {
        for (String user : new String[] {"psb-beijing", "agency", "supplier", "mps", "cac"}) {
            assertThat(http.get("/api/v1/assets", http.token(user)).json().get("totalElements").asLong())
                    .as(user).isZero();
        }
    }
}
