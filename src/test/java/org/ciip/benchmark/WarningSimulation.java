package org.ciip.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Early warnings at national scale (issue 16), on the national dataset with its 5,000,000 components on 100,000
 * assets: MPS issues national warnings, each for one of the 2,000 sample libraries (found on about 2.5% of the assets,
 * half of them in the affected range), one after the other; then the grid company replaces its SCADA system's
 * inventory with a 10,000-component CycloneDX SBOM, again and again, each upload matched against the warnings issued
 * before. Targets: a warning matched and sent within 1 s, an SBOM imported within 2 s.
 */
public class WarningSimulation extends Simulation {

    private static final String BASE = BenchmarkClient.BASE;
    private static final int WARNINGS = Integer.getInteger("benchmark.warnings", 20);
    private static final int IMPORTS = Integer.getInteger("benchmark.imports", 20);
    private static final String MPS = BenchmarkClient.token("mps");
    private static final String GRID = BenchmarkClient.token("grid-officer");
    private static final String SCADA = BenchmarkClient.scadaAsset(GRID);
    private static final String SBOM = sbom(10_000);

    /** A CycloneDX 1.6 document with {@code size} components: Maven libraries, every fifth one nesting an npm package. */
    static String sbom(int size) {
        StringBuilder json = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,"
                + "\"components\":[");
        int written = 0;
        for (int i = 0; written < size; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"type\":\"library\",\"group\":\"org.bench.g").append(i % 50).append("\",\"name\":\"comp-")
                    .append(i).append("\",\"version\":\"2.").append(i % 13).append(".0\",\"purl\":\"pkg:maven/org.bench.g")
                    .append(i % 50).append("/comp-").append(i).append("@2.").append(i % 13).append(".0\"");
            written++;
            if (i % 5 == 0 && written < size) {
                json.append(",\"components\":[{\"type\":\"library\",\"name\":\"ui-").append(i)
                        .append("\",\"version\":\"1.0.").append(i % 7).append("\",\"purl\":\"pkg:npm/ui-").append(i)
                        .append("@1.0.").append(i % 7).append("\"}]");
                written++;
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections();

    private final ScenarioBuilder issue = scenario("National warnings")
            .repeat(WARNINGS).on(http("POST /api/v1/warnings (MPS, national)").post("/api/v1/warnings")
                    .header("Authorization", "Bearer " + MPS).header("Content-Type", "application/json")
                    .body(StringBody(session -> {
                        int lib = ThreadLocalRandom.current().nextInt(2000);
                        return """
                                {"titleEn": "Benchmark warning for lib-%d", "level": "YELLOW",
                                 "threatType": "VULNERABILITY",
                                 "products": [{"purl": "pkg:maven/org.sample.g%d/lib-%d",
                                               "ranges": [{"introduced": "1.0.0", "fixed": "1.5.0"}]}],
                                 "actions": "Upgrade to 1.5.0 or later."}""".formatted(lib, lib % 100, lib);
                    }))
                    .check(status().is(201)));

    private final ScenarioBuilder importing = scenario("SBOM imports")
            .repeat(IMPORTS).on(http("PUT /api/v1/assets/{id}/components (10,000 components)")
                    .put("/api/v1/assets/" + SCADA + "/components")
                    .header("Authorization", "Bearer " + GRID)
                    .header("Content-Type", "application/vnd.cyclonedx+json")
                    .body(StringBody(SBOM))
                    .check(status().is(200)));

    {
        setUp(issue.injectOpen(atOnceUsers(1)).andThen(importing.injectOpen(atOnceUsers(1)))).protocols(protocol);
    }
}
