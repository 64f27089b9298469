package org.ciip.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ciip.audit.AuditTrail;
import org.ciip.notification.Notice;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed webhooks. Each notice to an organization becomes one delivery per active endpoint (unique per event, so a
 * redelivered notice is not sent twice); a dispatcher POSTs pending deliveries with
 * {@code X-CIIP-Signature: sha256=<hex HMAC-SHA256 of the body with the endpoint's secret>}, and retries failures with
 * exponential backoff (30 s, 1 min, 2 min … at most 1 hour apart) up to {@link #MAX_ATTEMPTS} attempts.
 */
@Service
public class WebhookService {

    public static final int MAX_ATTEMPTS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean allowLoopbackHttp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookService(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${ciip.webhooks.allow-loopback-http:false}") boolean allowLoopbackHttp) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.allowLoopbackHttp = allowLoopbackHttp;
    }

    public record Endpoint(UUID id, String url, boolean active, Instant createdAt, String createdBy) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    public record Registered(UUID id, String url, String secret) {
    }

    public record Delivery(UUID id, String eventKey, String kind, String status, int attempts, Instant nextAttemptAt,
            Integer lastStatusCode, String lastError, Instant deliveredAt, Instant createdAt) {
    }

    @Transactional
    public Registered register(Actor actor, String url) {
        requireWriter(actor);
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("url", "is not a URL");
        }
        boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
        boolean loopback = allowLoopbackHttp && "http".equals(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        if (!https && !loopback) {
            throw ApiException.invalid("url", "must be an https:// URL");
        }
        if (uri.toString().length() > 500) {
            throw ApiException.invalid("url", "must be at most 500 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into webhook_endpoint (id, organization_id, url, secret, active, created_at, created_by) "
                        + "values (:id, :org, :url, :secret, true, :now, :by)")
                .param("id", id).param("org", actor.organizationId()).param("url", uri.toString())
                .param("secret", secret).param("now", Timestamp.from(clock.instant())).param("by", actor.username())
                .update();
        audit.record("WEBHOOK_REGISTERED", "WebhookEndpoint", id, Map.of("url", uri.toString()));
        return new Registered(id, uri.toString(), secret);
    }

    public List<Endpoint> endpoints(Actor actor) {
        return jdbc.sql("select id, url, active, created_at, created_by from webhook_endpoint "
                        + "where organization_id = :org order by created_at desc")
                .param("org", actor.organizationId())
                .query((rs, n) -> new Endpoint(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    @Transactional
    public void deactivate(Actor actor, UUID id) {
        requireWriter(actor);
        int updated = jdbc.sql("update webhook_endpoint set active = false where id = :id and organization_id = :org")
                .param("id", id).param("org", actor.organizationId()).update();
        if (updated == 0) {
            throw ApiException.notFound("Webhook " + id);
        }
        audit.record("WEBHOOK_DEACTIVATED", "WebhookEndpoint", id, Map.of());
    }

    public List<Delivery> deliveries(Actor actor, UUID endpoint) {
        endpoints(actor).stream().filter(e -> e.id().equals(endpoint)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Webhook " + endpoint));
        return jdbc.sql("select * from webhook_delivery where endpoint_id = :id order by created_at desc limit 200")
                .param("id", endpoint)
                .query((rs, n) -> new Delivery(UUID.fromString(rs.getString("id")), rs.getString("event_key"),
                        rs.getString("kind"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        (Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
                        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * How a notice is queued for every active endpoint of its recipients: a notice already queued for an endpoint is
     * left as it is. A part of {@code NoticeDelivery}'s statement, in the publishing transaction; parameters
     * {@code :recipients} (uuid[]), {@code :key}, {@code :kind}, {@code :payload} (see {@link #payload}), {@code :now}.
     */
    public static final String QUEUEING = """
            insert into webhook_delivery (id, endpoint_id, event_key, kind, payload, status, attempts, next_attempt_at,
                                          created_at)
            select gen_random_uuid(), e.id, :key, :kind, :payload, 'PENDING', 0, :now, :now
            from webhook_endpoint e where e.active and e.organization_id = any(cast(:recipients as uuid[]))
            on conflict (endpoint_id, event_key) do nothing""";

    /** The body a webhook delivery of the notice sends, signed as it is. */
    public static String payload(Notice notice, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", notice.eventKey());
        payload.put("kind", notice.kind());
        payload.put("article", notice.article());
        payload.put("titleEn", notice.titleEn());
        payload.put("titleZh", notice.titleZh());
        payload.put("bodyEn", notice.bodyEn());
        payload.put("bodyZh", notice.bodyZh());
        payload.put("link", notice.link());
        payload.put("occurredAt", now.toString());
        return JSON.writeValueAsString(payload);
    }

    /** Sends the deliveries that are due. Rows are claimed with SKIP LOCKED, so several instances share the work. */
    @Scheduled(fixedDelayString = "${ciip.webhooks.dispatch-every:PT10S}")
    @Transactional
    public int dispatch() {
        Instant now = clock.instant();
        record Due(UUID id, String url, String secret, String eventKey, String kind, String payload, int attempts) {
        }
        List<Due> due = jdbc.sql("""
                select d.id, e.url, e.secret, d.event_key, d.kind, d.payload, d.attempts
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                order by d.next_attempt_at limit 50 for update of d skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Due(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
        int delivered = 0;
        for (Due d : due) {
            Integer code = null;
            String error = null;
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(d.url()))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("X-CIIP-Event", d.kind())
                                .header("X-CIIP-Delivery", d.id().toString())
                                .header("X-CIIP-Signature", "sha256=" + sign(d.secret(), d.payload()))
                                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
                code = response.statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            int attempts = d.attempts() + 1;
            if (code != null && code >= 200 && code < 300) {
                delivered++;
                jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = :a, last_status_code = :code, "
                                + "last_error = null, delivered_at = :now where id = :id")
                        .param("a", attempts).param("code", code).param("now", Timestamp.from(clock.instant()))
                        .param("id", d.id()).update();
            } else {
                Duration backoff = backoff(attempts);
                jdbc.sql("update webhook_delivery set status = :status, attempts = :a, last_status_code = :code, "
                                + "last_error = :error, next_attempt_at = :next where id = :id")
                        .param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING").param("a", attempts)
                        .param("code", code).param("error", error == null ? "HTTP " + code
                                : error.substring(0, Math.min(error.length(), 500)))
                        .param("next", Timestamp.from(clock.instant().plus(backoff))).param("id", d.id()).update();
            }
        }
        return delivered;
    }

    /** 30 s after the first failure, doubling, at most an hour. */
    public static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static void requireWriter(Actor actor) {
        if (actor.organizationId() == null || !actor.canWrite()) {
            throw ApiException.forbidden("Your role does not allow managing webhooks.");
        }
    }
}
