package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RunningCiip
class AssetApiTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    private static String body(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"ENERGY\",\"mlpsLevel\":3,"
                + "\"coreBusiness\":\"Outage management\"}";
    }

    private long assetsNamed(String name) {
        return jdbc.queryForObject("select count(*) from asset where name = ?", Long.class, name);
    }

    @Test
    void anOperatorRegistersACandidateAssetAndTheChangeIsAudited() {
        String name = "Outage management " + UUID.randomUUID();
        Http.Response r = http.post("/api/v1/assets", http.token("grid-staff"), body(name));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("ciiStatus").asString()).isEqualTo("CANDIDATE");
        assertThat(r.json().get("version").asInt()).isZero();
        String id = r.json().get("id").asString();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_type = 'Asset' and object_id = ? "
                + "and action = 'ASSET_REGISTERED' and actor = 'grid-staff'", Long.class, id)).isOne();
    }

    @Test
    void badInputIsA400ThatNamesEveryFieldAndWritesNothing() {
        Http.Response r = http.post("/api/v1/assets", http.token("grid-officer"),
                "{\"name\":\"\",\"kind\":\"MAINFRAME\",\"sector\":\"FINANCE\",\"mlpsLevel\":6,\"ciiStatus\":\"CII\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:ciip:problem:validation-failed");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("name", "kind", "sector", "mlpsLevel", "coreBusiness",
                "ciiStatus");
    }

    @Test
    void malformedJsonAndWrongTypesAre400sNot500s() {
        Http.Response wrongType = http.post("/api/v1/assets", http.token("grid-officer"),
                "{\"name\":\"x\",\"mlpsLevel\":\"three\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("mlpsLevel");
        Http.Response broken = http.post("/api/v1/assets", http.token("grid-officer"), "{\"name\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/assets/not-a-uuid", http.token("grid-officer")).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/assets?size=1000", http.token("grid-officer")).errorFields())
                .containsExactly("size");
        assertThat(http.get("/api/v1/assets?sort=password,asc", http.token("grid-officer")).errorFields())
                .containsExactly("sort");
    }

    @Test
    void aProtectionDepartmentCannotRegisterAssetsAndAnOperatorCannotRegisterForAnother() {
        assertThat(http.post("/api/v1/assets", http.token("energy-dept"), body("dept " + UUID.randomUUID())).status())
                .isEqualTo(403);
        String bankId = jdbc.queryForObject("select id::text from organization where name = '示范商业银行股份有限公司'",
                String.class);
        String forBank = "{\"operatorId\":\"" + bankId + "\",\"name\":\"x\",\"kind\":\"INFORMATION_SYSTEM\","
                + "\"sector\":\"FINANCE\",\"mlpsLevel\":3,\"coreBusiness\":\"y\"}";
        assertThat(http.post("/api/v1/assets", http.token("grid-officer"), forBank).status()).isEqualTo(404);
    }

    @Test
    void theSameIdempotencyKeyAndBodyReturnTheFirstResponseAndCreateNothingNew() {
        String name = "Idempotent " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Http.Response first = http.post("/api/v1/assets", http.token("grid-officer"), body(name),
                "Idempotency-Key", key);
        Http.Response second = http.post("/api/v1/assets", http.token("grid-officer"), body(name),
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(assetsNamed(name)).isOne();
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String name = "Key reuse " + UUID.randomUUID();
        assertThat(http.post("/api/v1/assets", http.token("grid-officer"), body(name), "Idempotency-Key", key)
                .status()).isEqualTo(201);
        Http.Response reused = http.post("/api/v1/assets", http.token("grid-officer"), body(name + " changed"),
                "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:ciip:problem:idempotency-key-reused");
        assertThat(assetsNamed(name + " changed")).isZero();
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyCreateExactlyOneAsset() throws Exception {
        String name = "Concurrent " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String token = http.token("grid-officer");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> http.post("/api/v1/assets", token, body(name), "Idempotency-Key", key));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Http.Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).isEqualTo(201);
                ids.add(f.get().json().get("id").asString());
            }
            assertThat(ids).hasSize(6).containsOnly(ids.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(assetsNamed(name)).isOne();
    }

    @Test
    void aPatchWithTheCurrentVersionSucceedsAndAStaleOneIs409() {
        String id = http.post("/api/v1/assets", http.token("grid-officer"), body("Versioned " + UUID.randomUUID()))
                .json().get("id").asString();
        Http.Response updated = http.patch("/api/v1/assets/" + id, http.token("grid-officer"),
                "{\"mlpsLevel\":4,\"version\":0}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isOne();
        assertThat(updated.json().get("mlpsLevel").asInt()).isEqualTo(4);

        Http.Response stale = http.patch("/api/v1/assets/" + id, http.token("grid-staff"),
                "{\"mlpsLevel\":2,\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:ciip:problem:stale-version");
        assertThat(stale.json().get("currentVersion").asInt()).isOne();

        Http.Response viaIfMatch = http.patch("/api/v1/assets/" + id, http.token("grid-staff"),
                "{\"mlpsLevel\":2}", "If-Match", "\"1\"");
        assertThat(viaIfMatch.status()).isEqualTo(200);
        assertThat(viaIfMatch.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aPatchCannotSetTheCiiStatusWhichOnlyIdentificationSets() {
        String id = http.post("/api/v1/assets", http.token("grid-officer"), body("Status " + UUID.randomUUID()))
                .json().get("id").asString();
        Http.Response r = http.patch("/api/v1/assets/" + id, http.token("grid-officer"),
                "{\"ciiStatus\":\"CII\",\"version\":0}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("ciiStatus");
    }

    @Test
    void theListSearchesFiltersAndPages() {
        String token = http.token("grid-officer");
        Http.Response search = http.get("/api/v1/assets?q=scada", token);
        assertThat(search.json().get("totalElements").asLong()).isOne();
        Http.Response networks = http.get("/api/v1/assets?kind=NETWORK_FACILITY", token);
        networks.json().get("items").forEach(a -> assertThat(a.get("kind").asString()).isEqualTo("NETWORK_FACILITY"));
        Http.Response page = http.get("/api/v1/assets?size=2&page=1&sort=name,asc", token);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().get("page").asInt()).isOne();
        assertThat(page.json().get("totalPages").asInt()).isGreaterThanOrEqualTo(2);
    }
}
