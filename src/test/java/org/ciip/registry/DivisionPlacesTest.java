package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A division code reads as the place it names: in Chinese its full name from the division reference data, in English
 * its province (the reference data has no English names below it); never a bare code where the place is known.
 */
@RunningCiip
class DivisionPlacesTest {

    @Autowired
    Provinces places;
    @Autowired
    Http http;

    @Test
    void aCountyCodeReadsAsItsProvincePrefectureAndCountyInChinese() {
        assertThat(places.placeOf("130102", true)).isEqualTo("河北省石家庄市长安区");
        assertThat(places.placeOf("110105", true)).as("a municipality's districts have no prefecture name")
                .isEqualTo("北京市朝阳区");
        assertThat(places.placeOf("469001", true)).as("a county-level city under the province")
                .isEqualTo("海南省五指山市");
        assertThat(places.placeOf("441900", true)).as("a prefecture without counties").isEqualTo("广东省东莞市");
        assertThat(places.placeOf("130100", true)).isEqualTo("河北省石家庄市");
        assertThat(places.placeOf("110000", true)).isEqualTo("北京市");
    }

    @Test
    void anEnglishReaderGetsTheProvinceAndAnUnknownCodeStaysWhatItIs() {
        assertThat(places.placeOf("130102", false)).isEqualTo("Hebei");
        assertThat(places.placeOf("119999", true)).as("not in the reference data: its province").isEqualTo("北京市");
        assertThat(places.placeOf("999999", true)).as("no such province").isEqualTo("999999");
        assertThat(places.placeOf(null, true)).isNull();
    }

    @Test
    void theOrganizationsPageAndTheFormsNameEachSector() {
        String page = http.page(http.signIn("energy-dept"), "/organizations?kind=OPERATOR&q="
                + java.net.URLEncoder.encode("华北示范电网", java.nio.charset.StandardCharsets.UTF_8) + "&lang=zh-CN");
        assertThat(page).containsPattern("华北示范电网有限公司</a></td>(?s:.*?)<td><span>能源</span></td>");
        String organization = http.page(http.signIn("admin"), "/organizations?q=Grid&lang=en");
        assertThat(organization).containsPattern("<td><span>Energy</span></td>");
        assertThat(http.page(http.signIn("grid-officer"), "/assets/new?lang=zh-CN")).as("the asset form's sectors")
                .containsPattern("<option value=\"ENERGY\"[^>]*>能源</option>");
        assertThat(http.page(http.signIn("energy-dept"), "/identification/rules/new?lang=en"))
                .as("the rule form's sectors").containsPattern("<option value=\"ENERGY\"[^>]*>Energy</option>");
    }

    @Test
    void theOrganizationsPageAndItsDownloadNameThePlaceOfEachRegionCode() {
        String admin = http.signIn("admin");
        assertThat(http.page(admin, "/organizations?q=" + java.net.URLEncoder.encode("公安部",
                java.nio.charset.StandardCharsets.UTF_8) + "&lang=zh-CN")).contains("北京市东城区");
        assertThat(http.page(admin, "/organizations?q=Public+Security&lang=en")).contains("Beijing")
                .doesNotContain("东城区");
        assertThat(http.csvRows(admin, "/organizations/export?format=csv&lang=zh-CN&q="
                + java.net.URLEncoder.encode("公安部", java.nio.charset.StandardCharsets.UTF_8)))
                .anySatisfy(row -> assertThat(row).startsWith("公安部,").contains(",北京市东城区,"));
    }
}
