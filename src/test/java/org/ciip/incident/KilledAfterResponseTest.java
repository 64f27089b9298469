package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost: a second CIIP, in its own process on the same database, answers a report with 201 and
 * is then killed outright (no shutdown, no flush); the report, its clocks and its receipt are all there.
 */
@RunningCiip
class KilledAfterResponseTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Autowired
    Http http;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.ciip.audit.chain.EntryAuthentication entryKeys;

    @Test
    void aReportAcknowledgedByAnInstanceKilledRightAfterTheResponseIsKept() throws Exception {
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "org.ciip.CiipApplication",
                "--server.port=0", "--spring.datasource.url=" + db.getJdbcUrl(),
                "--spring.datasource.username=" + db.getUsername(),
                "--spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                // a second instance of the same deployment, so configured as the first: a start without demo mode
                // would disable the demo accounts the test signs in with
                "--ciip.demo.enabled=true", "--ciip.demo.password=" + Http.DEMO_PASSWORD,
                "--ciip.demo.totp-secret=" + Http.DEMO_TOTP_SECRET, "--ciip.security.totp.window-steps=40",
                // instances of one database share the key that vouches for their audit entries (docs/audit.md)
                "--ciip.audit.entry-key-dir=" + entryKeys.keyFile().getParent(),
                "--logging.level.root=warn",
                "--logging.level.org.springframework.boot=info", "--logging.level.org.ciip=warn"));
        Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            int port = portOf(other);
            Http.Response created = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/incidents"))
                    .header("Authorization", "Bearer " + http.token("grid-officer"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(IncidentFlowTest.report(scada(),
                            Instant.now().minus(Duration.ofMinutes(5)), "{\"personalInfoRecordsLeaked\": 12000000}"))));
            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode answered = created.json();

            JsonNode kept = http.get("/api/v1/incidents/" + answered.get("id").asString(), http.token("grid-officer"))
                    .json();
            assertThat(kept.get("grade").asString()).isEqualTo("MAJOR");
            assertThat(kept.get("versions").get(0).get("sha256").asString())
                    .isEqualTo(answered.get("receipt").get("sha256").asString());
            assertThat(kept.get("obligations").findValuesAsString("kind"))
                    .contains("REPORT_TO_PROTECTION_DEPARTMENT", "REPORT_TO_PUBLIC_SECURITY");
            JsonNode verification = http.get("/api/v1/audit/verification", http.token("mps")).json();
            assertThat(verification.get("unauthenticEntries").asLong())
                    .as("the other instance vouched for its entries with the same key").isZero();
        } finally {
            other.destroyForcibly();
        }
    }

    String scada() {
        return http.get("/api/v1/assets?q=SCADA", http.token("grid-officer")).json().get("items").get(0).get("id")
                .asString();
    }

    /** Reads the other instance's console until Tomcat names its port; the rest of the output is drained. */
    private static int portOf(Process process) throws Exception {
        BufferedReader console = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                StringBuilder seen = new StringBuilder();
                while ((line = console.readLine()) != null) {
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        Thread drain = new Thread(() -> console.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return Integer.parseInt(m.group(1));
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the other instance stopped:\n" + seen);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return port.get(120, TimeUnit.SECONDS);
    }
}
