package org.ciip.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Incident submission under load (issue: 300 reports per second sustained for 60 s, p99 under 200 ms, no errors):
 * the grid company's officer reports incidents on its SCADA system with distinct Idempotency-Keys and realistic,
 * varying impact figures. Run by {@code ./mvnw -Pbenchmark verify}; rate and duration by -Dbenchmark.rate and
 * -Dbenchmark.seconds. A warm-up (-Dbenchmark.warmup-seconds, 120 by default, 0 for none: two thirds at half the
 * rate, then rising to the rate) comes first, as its own request name, so that the measured requests meet code the JIT
 * compiler has optimized (it takes some 20,000 requests) rather than the interpreter: the figures to read are those
 * of "POST /api/v1/incidents", the rate sustained for the duration.
 */
public class IncidentSubmissionSimulation extends Simulation {

    private static final String BASE = BenchmarkClient.BASE;
    private static final int RATE = Integer.getInteger("benchmark.rate", 300);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup-seconds", 120);
    private static final String TOKEN = BenchmarkClient.token("grid-officer");
    private static final String ASSET = BenchmarkClient.scadaAsset(TOKEN);


    private static String report() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant discovered = Instant.now().minus(random.nextInt(1, 50), ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS);
        String[] categories = {"MP", "NA", "DS", "DE", "AB"};
        return """
                {"assetIds": ["%s"], "discoveredAt": "%s", "place": "Dispatching centre, Beijing",
                 "category": "%s", "summary": "Load test incident %s",
                 "harm": "Operators lost visibility of part of the grid", "measuresTaken": "Switched to backup",
                 "impact": {"ciiOverallInterruptionMinutes": %d, "peopleAffected": %d,
                            "personalInfoRecordsLeaked": %d, "directEconomicLossCny": %d}}"""
                .formatted(ASSET, discovered, categories[random.nextInt(categories.length)], UUID.randomUUID(),
                        random.nextInt(0, 400), random.nextInt(0, 2_000_000), random.nextInt(0, 15_000_000),
                        random.nextInt(0, 30_000_000));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .header("Authorization", "Bearer " + TOKEN)
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    /** One scenario for the warm-up and the measured run, so both exercise the same code (also the generator's). */
    private static ScenarioBuilder submissions(String scenario, String request, Integer... statuses) {
        return scenario(scenario)
                .exec(http(request)
                        .post("/api/v1/incidents")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .body(StringBody(session -> report()))
                        .check(status().in(statuses)));
    }

    // a warm-up request turned away (503) while code is still being compiled is not an error of the measured run
    private final ScenarioBuilder warmUp = submissions("Warm-up", "warm-up, not measured", 201, 503);
    private final ScenarioBuilder submit = submissions("Incident submission", "POST /api/v1/incidents", 201);

    {
        // Without warm-up, the measured run ramps up for 10 s. After a warm-up (two thirds of it at half the rate, the
        // last third rising to the full rate), the measured run is the rate itself for its duration.
        var measured = WARMUP_SECONDS == 0
                ? submit.injectOpen(rampUsersPerSec(10).to(RATE).during(10), constantUsersPerSec(RATE).during(SECONDS))
                : submit.injectOpen(constantUsersPerSec(RATE).during(SECONDS));
        int half = Math.max(1, RATE / 2);
        setUp(WARMUP_SECONDS == 0 ? measured
                : warmUp.injectOpen(constantUsersPerSec(half).during(WARMUP_SECONDS - WARMUP_SECONDS / 3),
                                rampUsersPerSec(half).to(RATE).during(Math.max(1, WARMUP_SECONDS / 3)))
                        .andThen(measured))
                .protocols(protocol);
    }
}
