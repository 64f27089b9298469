package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.ciip.notification.webhook.WebhookService;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Signed webhooks to a receiving server on the loopback interface. */
@RunningCiip
class WebhookTest {

    @Autowired
    Http http;
    @Autowired
    WebhookService webhooks;
    @Autowired
    org.ciip.support.MovableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    HttpServer server;
    final ConcurrentLinkedQueue<Map<String, String>> received = new ConcurrentLinkedQueue<>();
    final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
            received.add(Map.of("body", body, "signature", exchange.getRequestHeaders().getFirst("X-CIIP-Signature"),
                    "status", String.valueOf(status)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The PSB, so that other tests' notices to it do not interfere with its fresh endpoint. */
    private UUID psb() {
        return jdbc.queryForObject("select organization_id from account where username = 'psb-beijing'", UUID.class);
    }

    private void notice(String key) {
        transaction.executeWithoutResult(s -> events.publishEvent(new Notice(key, List.of(psb()), "INCIDENT_REPORTED",
                "18", "Major incident reported", "重大网络安全事件", null, null, "/incidents/x")));
    }

    @Test
    void aNoticeIsPostedOnceWithAnHmacSignatureTheReceiverCanCheck() {
        JsonNode registered = http.post("/api/v1/webhooks", http.token("psb-beijing"), "{\"url\": \"" + url() + "\"}")
                .json();
        String secret = registered.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        String key = "webhook-test:" + UUID.randomUUID();
        notice(key);
        notice(key);
        assertThat(webhooks.dispatch()).isGreaterThanOrEqualTo(1);
        List<Map<String, String>> ours = received.stream().filter(r -> r.get("body").contains(key)).toList();
        assertThat(ours).as("a redelivered notice is sent once").hasSize(1);
        Map<String, String> delivery = ours.getFirst();
        assertThat(delivery.get("signature")).isEqualTo("sha256=" + WebhookService.sign(secret, delivery.get("body")));
        assertThat(delivery.get("signature")).isNotEqualTo("sha256=" + WebhookService.sign("whsec_other",
                delivery.get("body")));
        JsonNode deliveries = http.get("/api/v1/webhooks/" + registered.get("id").asString() + "/deliveries",
                http.token("psb-beijing")).json();
        assertThat(deliveries.findValuesAsString("status")).contains("DELIVERED");
        assertThat(http.get("/api/v1/webhooks/" + registered.get("id").asString() + "/deliveries",
                http.token("mps")).status()).as("another organization's webhook").isEqualTo(404);
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffAndItsOutcomesAreListed() {
        String id = http.post("/api/v1/webhooks", http.token("psb-beijing"), "{\"url\": \"" + url() + "\"}").json()
                .get("id").asString();
        failuresToAnswer.set(1);
        String key = "webhook-retry:" + UUID.randomUUID();
        notice(key);
        webhooks.dispatch();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_status_code, "
                + "extract(epoch from next_attempt_at - now()) as wait from webhook_delivery where event_key = ? "
                + "and endpoint_id = ?::uuid", key, id);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_status_code")).isEqualTo(503);
        assertThat(((Number) row.get("wait")).doubleValue()).as("next try in about 30 s").isBetween(20.0, 31.0);

        // the 30 seconds of the backoff pass
        clock.advance(java.time.Duration.ofSeconds(31));
        try {
            webhooks.dispatch();
        } finally {
            clock.reset();
        }
        assertThat(jdbc.queryForObject("select status from webhook_delivery where event_key = ? and endpoint_id = ?::uuid",
                String.class, key, id)).isEqualTo("DELIVERED");
        assertThat(WebhookService.backoff(2)).hasSeconds(60);
        assertThat(WebhookService.backoff(20)).hasSeconds(3600);
    }

    @Test
    void onlyHttpsEndpointsAreAccepted() {
        Http.Response r = http.post("/api/v1/webhooks", http.token("psb-beijing"), "{\"url\": \"http://example.org/x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("url");
        Http.Response registered = http.post("/api/v1/webhooks", http.token("psb-beijing"),
                "{\"url\": \"https://siem.example.org/ciip\"}");
        assertThat(registered.status()).isEqualTo(201);
        String session = http.signIn("psb-beijing");
        String page = http.page(session, "/webhooks?lang=en");
        assertThat(page).contains("https://siem.example.org/ciip", "X-CIIP-Signature")
                .containsPattern("<label for=\"webhook-url\" class=\"form-label required\"");
        String id = registered.json().get("id").asString();
        assertThat(http.postForm("/webhooks/" + id + "/deactivation?lang=zh-CN", session, "/webhooks").status())
                .isEqualTo(302);
        assertThat(http.page(session, "/webhooks?lang=zh-CN")).contains("该接收地址已停用，不再接收推送。");
    }

    @Test
    void aWebhookToAnInternalAddressOrWithCredentialsIsRefusedNamingTheUrl() {
        String token = http.token("psb-beijing");
        for (String url : List.of("https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
                "https://user:secret@93.184.216.34/hook", "http://93.184.216.34/hook")) {
            Http.Response refused = http.post("/api/v1/webhooks", token, "{\"url\": \"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.errorFields()).as(url).containsExactly("url");
        }
    }
}
