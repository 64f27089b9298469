package org.ciip.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
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
 * The compliance engine at national scale (issue 6), on the dataset {@code --ciip.dataset.national=true} generates
 * (10,000 operators, 100,000 assets, 1,000,000 findings, 100,000 incidents), one measurement after the other:
 * the finance department's dashboard page (about 1,100 operators), one operator's compliance through the API, and
 * MPS's national aggregates, which evaluate every operator. Targets: page 500 ms, one operator 50 ms, everyone 10 s.
 */
public class ComplianceSimulation extends Simulation {

    private static final String BASE = BenchmarkClient.BASE;
    private static final int SECONDS = Integer.getInteger("benchmark.compliance.seconds", 30);
    private static final String FINANCE = BenchmarkClient.token("finance-dept");
    private static final String MPS = BenchmarkClient.token("mps");
    private static final List<String> OPERATORS = financeOperators();

    private static List<String> financeOperators() {
        String body = BenchmarkClient.call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/compliance/matrix?size=200"))
                .header("Authorization", "Bearer " + FINANCE).GET().build());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"operatorId\":\"([^\"]+)\"").matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.size() < 100) {
            throw new IllegalStateException("the finance department sees " + ids.size() + " operators: start CIIP "
                    + "with --ciip.dataset.national=true");
        }
        return ids;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections();

    /**
     * The department signs in once (password, then the authenticator's code, which is good once per account and 30 s)
     * and then asks its pages for the whole measurement.
     */
    private final ScenarioBuilder dashboard = scenario("Department dashboard page")
            .exec(http("GET /login").get("/login")
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("POST /login").post("/login")
                    .formParam("username", "finance-dept").formParam("password", "benchmark-password")
                    .formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().is(302)))
            // the API token of the set-up used this 30 s step's code: the next one
            .pause(java.time.Duration.ofSeconds(31))
            .exec(http("GET /login/second-factor").get("/login/second-factor")
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("POST /login/second-factor").post("/login/second-factor")
                    .formParam("code", session -> BenchmarkClient.currentCode()).formParam("_csrf", "#{csrf}")
                    .disableFollowRedirect()
                    .check(status().is(302)))
            .during(SECONDS).on(http("GET /compliance (finance department)").get("/compliance")
                    .check(status().is(200), substring("Compliance of operators")))
            // the program overview: the same engine judges the duties of every operator of the department
            .during(SECONDS).on(http("GET /program (finance department)").get("/program")
                    .check(status().is(200), substring("security programs")));

    private final ScenarioBuilder operator = scenario("One operator's compliance")
            .repeat(20).on(http("GET /api/v1/operators/{id}/compliance")
                    .get(session -> "/api/v1/operators/"
                            + OPERATORS.get(ThreadLocalRandom.current().nextInt(OPERATORS.size())) + "/compliance")
                    .header("Authorization", "Bearer " + FINANCE)
                    .check(status().is(200)));

    private final ScenarioBuilder program = scenario("One operator's program")
            .repeat(20).on(http("GET /api/v1/operators/{id}/program")
                    .get(session -> "/api/v1/operators/"
                            + OPERATORS.get(ThreadLocalRandom.current().nextInt(OPERATORS.size())) + "/program")
                    .header("Authorization", "Bearer " + FINANCE)
                    // a department reads an operator's program under a purpose, each read audited (Art. 30)
                    .header("CIIP-Purpose", "SUPERVISION").header("CIIP-Purpose-Note", "Benchmark of the program view")
                    .check(status().is(200)));

    private final ScenarioBuilder national = scenario("Every operator (national aggregates)")
            .repeat(5).on(http("GET /api/v1/compliance/national").get("/api/v1/compliance/national")
                    .header("Authorization", "Bearer " + MPS)
                    .check(status().is(200)));

    {
        setUp(dashboard.injectOpen(atOnceUsers(1))
                .andThen(operator.injectClosed(constantConcurrentUsers(1).during(SECONDS)))
                .andThen(program.injectClosed(constantConcurrentUsers(1).during(SECONDS)))
                .andThen(national.injectOpen(atOnceUsers(1))))
                .protocols(protocol);
    }
}
