package org.ciip.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail as a verifiable log (issue 21): CIIP is started with {@code benchmark.audit-entries} entries written
 * unsealed (10,000,000 for the figures in docs/benchmarks.md). First the appends: the simulation follows the signed tree
 * heads until they cover every entry, and reports how many entries a second were sealed into the chain, added to the
 * Merkle tree and signed. Then the proofs at that size: inclusion proofs of random entries in the latest head and
 * consistency proofs between random earlier heads and the latest, {@code benchmark.proof-rate} of each a second for
 * {@code benchmark.seconds}. Targets: 10,000 appends a second or more; proofs within 50 ms at the 95th percentile.
 */
public class AuditTreeSimulation extends Simulation {

    private static final String BASE = BenchmarkClient.BASE;
    private static final long ENTRIES = Long.getLong("benchmark.audit-entries", 0);
    private static final int RATE = Integer.getInteger("benchmark.proof-rate", 50);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    private static final String ADMIN = BenchmarkClient.token("admin");
    private static final long SIZE = waitForTheTreeToCoverTheTrail();
    private static final List<Long> HEADS = heads();

    private static long latestSize() {
        String json = BenchmarkClient.call(HttpRequest.newBuilder(URI.create(BASE
                + "/api/v1/audit/tree-heads/latest")).header("Authorization", "Bearer " + ADMIN).GET().build());
        Matcher m = Pattern.compile("\"treeSize\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long waitForTheTreeToCoverTheTrail() {
        long firstSize = latestSize();
        long firstAt = System.nanoTime();
        long size = firstSize;
        while (size < ENTRIES) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            size = latestSize();
        }
        double seconds = (System.nanoTime() - firstAt) / 1e9;
        if (size > firstSize && seconds > 0) {
            System.out.printf("Audit appends: %,d entries sealed, added to the tree and signed in %.1f s: %,.0f "
                    + "entries/s (signed tree head of %,d entries)%n", size - firstSize, seconds,
                    (size - firstSize) / seconds, size);
        }
        return latestSize();
    }

    private static List<Long> heads() {
        List<Long> sizes = new ArrayList<>();
        long after = 0;
        while (true) {
            String json = BenchmarkClient.call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/audit/tree-heads?after="
                    + after + "&limit=1000")).header("Authorization", "Bearer " + ADMIN).GET().build());
            Matcher m = Pattern.compile("\"treeSize\":(\\d+)").matcher(json);
            int found = 0;
            while (m.find()) {
                after = Long.parseLong(m.group(1));
                sizes.add(after);
                found++;
            }
            if (found < 1000) {
                break;
            }
        }
        System.out.printf("Audit proofs: %,d signed heads, the latest of %,d entries%n", sizes.size(), SIZE);
        return sizes;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections()
            .header("Authorization", "Bearer " + ADMIN);

    private final ScenarioBuilder inclusion = scenario("Inclusion proofs")
            .exec(session -> session.set("seq", ThreadLocalRandom.current().nextLong(1, SIZE + 1)))
            .exec(http("GET inclusion proof in the latest head").get(session -> "/api/v1/audit/entries/"
                    + session.getLong("seq") + "/inclusion?treeSize=" + SIZE)
                    .check(status().is(200), jsonPath("$.inclusion.path[0]").exists()));

    private final ScenarioBuilder consistency = scenario("Consistency proofs")
            .exec(session -> session.set("first", HEADS.get(ThreadLocalRandom.current().nextInt(
                    Math.max(1, HEADS.size() - 1)))))
            .exec(http("GET consistency proof to the latest head").get(session -> "/api/v1/audit/tree-heads/"
                    + "consistency?first=" + session.getLong("first") + "&second=" + SIZE)
                    .check(status().is(200)));

    {
        setUp(inclusion.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                consistency.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol);
    }
}
