package org.ciip.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threat sharing over TAXII 2.1 (issue 17): the energy department adds bundles of 1,000 indicators to its sector's
 * collection, one after the other, until it holds {@code benchmark.bundles} thousand objects (1,000,000 by default);
 * then the grid's tool pages through the whole collection with {@code limit=1000} and {@code next}, the pages named by
 * how far in they are, so that the latency at the start and at the end of a million objects can be compared.
 * Targets: 5,000 objects a second or more (a 1,000-object add within 200 ms), pages at a steady latency.
 */
public class TaxiiSimulation extends Simulation {

    private static final String BASE = BenchmarkClient.BASE;
    private static final String TAXII = "application/taxii+json;version=2.1";
    private static final int BUNDLES = Integer.getInteger("benchmark.bundles", 1000);
    private static final int PAGES = Integer.getInteger("benchmark.pages", BUNDLES);
    private static final String DEPT = BenchmarkClient.token("energy-dept");
    private static final String GRID = BenchmarkClient.token("grid-officer");
    private static final String OBJECTS = "/taxii2/ciip/collections/" + energyCollection() + "/objects/";

    private static String energyCollection() {
        String json = BenchmarkClient.call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/sharing/collections"))
                .header("Authorization", "Bearer " + DEPT).GET().build());
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"[^}]*\"sector\":\"ENERGY\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no energy collection in " + json);
        }
        return m.group(1);
    }

    /** An envelope of 1,000 GREEN indicators of addresses and domains, each a new object. */
    static String bundle(int n) {
        StringBuilder json = new StringBuilder(460_000).append("{\"objects\":[");
        for (int i = 0; i < 1000; i++) {
            if (i > 0) {
                json.append(',');
            }
            String pattern = i % 2 == 0
                    ? "[ipv4-addr:value = '10." + (n % 250) + "." + (i % 250) + "." + (i / 250) + "']"
                    : "[domain-name:value = 'c2-" + n + "-" + i + ".example'] OR [url:value = 'https://c2-" + n + "-"
                            + i + ".example/beacon']";
            json.append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--").append(UUID.randomUUID())
                    .append("\",\"created\":\"2026-11-01T00:00:00.000Z\",\"modified\":\"2026-11-01T00:00:00.000Z\",")
                    .append("\"name\":\"Benchmark indicator ").append(n).append('-').append(i)
                    .append("\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"").append(pattern)
                    .append("\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-01T00:00:00Z\",")
                    .append("\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"]}");
        }
        return json.append("]}").toString();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections()
            .header("Accept", TAXII);

    private final ScenarioBuilder ingest = scenario("TAXII ingest")
            .exec(session -> session.set("started", System.nanoTime()))
            .repeat(BUNDLES, "bundle").on(http("POST objects (1,000 indicators)").post(OBJECTS)
                    .header("Authorization", "Bearer " + DEPT).header("Content-Type", TAXII)
                    .body(StringBody(session -> bundle(session.getInt("bundle"))))
                    .check(status().is(202), jsonPath("$.success_count").is("1000")))
            .exec(session -> {
                double seconds = (System.nanoTime() - session.getLong("started")) / 1e9;
                System.out.printf("TAXII ingest: %,d objects in %.1f s, %,.0f objects/s%n", BUNDLES * 1000, seconds,
                        BUNDLES * 1000 / seconds);
                return session;
            });

    private final ScenarioBuilder paging = scenario("TAXII paging")
            .exec(session -> session.set("next", "").set("previous", ""))
            .repeat(PAGES, "page").on(exec(http(session -> "GET objects?limit=1000 (objects "
                    + bucket(session.getInt("page")) + ")")
                    .get(session -> OBJECTS + "?limit=1000" + (session.getString("next").isEmpty() ? ""
                            : "&next=" + session.getString("next")))
                    .header("Authorization", "Bearer " + GRID)
                    .check(status().is(200), jsonPath("$.objects[*]").count().is(1000),
                            jsonPath("$.objects[0].id").saveAs("first"), jsonPath("$.next").optional().saveAs("next")))
                    .exec(session -> {
                        if (session.getString("first").equals(session.getString("previous"))) {
                            System.out.println("TAXII paging: the page did not move on at " + session.getString("next"));
                            return session.markAsFailed();
                        }
                        return session.set("previous", session.getString("first"));
                    }))
            .exec(session -> {
                System.out.printf("TAXII paging: %,d pages read, the last one ending at position %s%n", PAGES,
                        session.getString("next"));
                return session;
            });

    /** Which tenth of the collection a page reads, in objects. */
    private static String bucket(int page) {
        int tenth = Math.max(1, PAGES / 10);
        int from = page / tenth * tenth;
        return String.format("%,d-%,d k", from, Math.min(PAGES, from + tenth));
    }

    {
        setUp(ingest.injectOpen(atOnceUsers(1)).andThen(paging.injectOpen(atOnceUsers(1)))).protocols(protocol);
    }
}
