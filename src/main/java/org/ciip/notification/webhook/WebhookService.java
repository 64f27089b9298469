package org.ciip.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
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

    private final Webhooks webhooks;
    private final AuditTrail audit;
    private final Clock clock;
    private final WebhookTargets targets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookService(Webhooks webhooks, AuditTrail audit, Clock clock,
            @Value("${ciip.webhooks.allow-loopback-http:false}") boolean allowLoopbackHttp,
            @Value("${ciip.webhooks.allowed-hosts:}") List<String> allowedHosts) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.clock = clock;
        this.targets = new WebhookTargets(allowedHosts, allowLoopbackHttp, java.net.InetAddress::getAllByName);
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
            uri = targets.check(url);
        } catch (WebhookTargets.Refused refused) {
            throw ApiException.invalid("url", refused.getMessage());
        }
        if (uri.toString().length() > 500) {
            throw ApiException.invalid("url", "must be at most 500 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        webhooks.insertEndpoint(id, actor.organizationId(), uri.toString(), secret, clock.instant(),
                actor.username());
        audit.record("WEBHOOK_REGISTERED", "WebhookEndpoint", id, Map.of("url", uri.toString()));
        return new Registered(id, uri.toString(), secret);
    }

    public List<Endpoint> endpoints(Actor actor) {
        return webhooks.endpoints(actor.organizationId());
    }

    @Transactional
    public void deactivate(Actor actor, UUID id) {
        requireWriter(actor);
        if (!webhooks.deactivate(id, actor.organizationId())) {
            throw ApiException.notFound("Webhook " + id);
        }
        audit.record("WEBHOOK_DEACTIVATED", "WebhookEndpoint", id, Map.of());
    }

    public List<Delivery> deliveries(Actor actor, UUID endpoint) {
        endpoints(actor).stream().filter(e -> e.id().equals(endpoint)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Webhook " + endpoint));
        return webhooks.deliveries(endpoint);
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
        List<Webhooks.Due> due = webhooks.claimDue(now);
        int delivered = 0;
        for (Webhooks.Due d : due) {
            Integer code = null;
            String error = null;
            try {
                // checked again at each delivery: the name may resolve inward since it was registered
                targets.check(d.url());
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(d.url()))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("X-CIIP-Event", d.kind())
                                .header("X-CIIP-Delivery", d.id().toString())
                                .header("X-CIIP-Signature", "sha256=" + sign(d.secret(), d.payload()))
                                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
                code = response.statusCode();
            } catch (WebhookTargets.Refused refused) {
                error = "refused: the URL " + refused.getMessage();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            int attempts = d.attempts() + 1;
            if (code != null && code >= 200 && code < 300) {
                delivered++;
                webhooks.delivered(d.id(), attempts, code, clock.instant());
            } else {
                Duration backoff = backoff(attempts);
                webhooks.failed(d.id(), attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts, code,
                        error == null ? "HTTP " + code : error.substring(0, Math.min(error.length(), 500)),
                        clock.instant().plus(backoff));
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
