package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@RunningCiip
class AssetCsvImportTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    private long assetsLike(String prefix) {
        return jdbc.queryForObject("select count(*) from asset where name like ?", Long.class, prefix + "%");
    }

    @Test
    void aValidFileImportsEveryRow() {
        String prefix = "CSV ok " + UUID.randomUUID();
        String csv = "name,kind,sector,mlpsLevel,coreBusiness\n"
                + prefix + " A,INFORMATION_SYSTEM,ENERGY,3,Billing\n"
                + "\"" + prefix + " B, with comma\",NETWORK_FACILITY,ENERGY,2,\"Backbone, north\"\n";
        Http.Response r = http.postCsv("/api/v1/assets/import", http.token("grid-officer"), csv);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(assetsLike(prefix)).isEqualTo(2);
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheRowAndItsReason() {
        String prefix = "CSV bad " + UUID.randomUUID();
        String csv = "name,kind,sector,mlpsLevel,coreBusiness\n"
                + prefix + " A,INFORMATION_SYSTEM,ENERGY,3,Billing\n"
                + prefix + " B,INFORMATION_SYSTEM,ENERGY,7,Metering\n"
                + prefix + " C,NETWORK_FACILITY,ENERGY,2,Backbone\n";
        Http.Response r = http.postCsv("/api/v1/assets/import", http.token("grid-officer"), csv);
        assertThat(r.status()).isEqualTo(400);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.size()).isOne();
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("mlpsLevel");
        assertThat(errors.get(0).get("message").asString()).contains("1 to 5");
        assertThat(assetsLike(prefix)).isZero();
    }

    @Test
    void everyBadRowIsListedIncludingNamesRepeatedInTheFileOrAlreadyRegistered() {
        String prefix = "CSV dup " + UUID.randomUUID();
        String csv = "name,kind,sector,mlpsLevel,coreBusiness\n"
                + prefix + ",INFORMATION_SYSTEM,ENERGY,3,Billing\n"
                + prefix + ",INFORMATION_SYSTEM,ENERGY,3,Billing again\n"
                + "电力调度控制系统 (SCADA),INFORMATION_SYSTEM,ENERGY,4,Dispatching\n"
                + prefix + " other,SERVER,FINANCE,3,\n";
        Http.Response r = http.postCsv("/api/v1/assets/import", http.token("grid-officer"), csv);
        assertThat(r.status()).isEqualTo(400);
        java.util.List<String> lines = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> lines.add(e.get("line").asInt() + ":" + e.get("field").asString()));
        assertThat(lines).containsExactlyInAnyOrder("3:name", "4:name", "5:kind", "5:sector", "5:coreBusiness");
        assertThat(assetsLike(prefix)).isZero();
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRefused() {
        Http.Response r = http.postCsv("/api/v1/assets/import", http.token("grid-officer"),
                "title,type\nx,y\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("header");
    }

    @Test
    void onlyTheOperatorImportsAssets() {
        assertThat(http.postCsv("/api/v1/assets/import", http.token("energy-dept"),
                "name,kind,sector,mlpsLevel,coreBusiness\nx,INFORMATION_SYSTEM,ENERGY,3,y\n").status())
                .isEqualTo(403);
    }
}
