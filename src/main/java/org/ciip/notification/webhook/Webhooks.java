package org.ciip.notification.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code webhook_endpoint} and {@code webhook_delivery} but the queueing that is part of the
 * notice's delivery statement ({@link WebhookService#QUEUEING}).
 */
@Repository
class Webhooks {

    private final JdbcClient jdbc;

    Webhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertEndpoint(UUID id, UUID organization, String url, String secret, Instant now, String by) {
        jdbc.sql("insert into webhook_endpoint (id, organization_id, url, secret, active, created_at, created_by) "
                        + "values (:id, :org, :url, :secret, true, :now, :by)")
                .param("id", id).param("org", organization).param("url", url).param("secret", secret)
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    List<WebhookService.Endpoint> endpoints(UUID organization) {
        return jdbc.sql("select id, url, active, created_at, created_by from webhook_endpoint "
                        + "where organization_id = :org order by created_at desc")
                .param("org", organization)
                .query((rs, n) -> new WebhookService.Endpoint(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getBoolean(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** Deactivates an endpoint of the organization; false when it has none with this id. */
    boolean deactivate(UUID id, UUID organization) {
        return jdbc.sql("update webhook_endpoint set active = false where id = :id and organization_id = :org")
                .param("id", id).param("org", organization).update() > 0;
    }

    /** The latest 200 deliveries to an endpoint, newest first. */
    List<WebhookService.Delivery> deliveries(UUID endpoint) {
        return jdbc.sql("select * from webhook_delivery where endpoint_id = :id order by created_at desc limit 200")
                .param("id", endpoint)
                .query((rs, n) -> new WebhookService.Delivery(UUID.fromString(rs.getString("id")),
                        rs.getString("event_key"), rs.getString("kind"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(), (Integer) rs.getObject("last_status_code"),
                        rs.getString("last_error"),
                        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A delivery that is due, with what sending it needs. */
    record Due(UUID id, String url, String secret, String eventKey, String kind, String payload, int attempts) {
    }

    /** Claims up to 50 due deliveries; rows another instance claimed are skipped (SKIP LOCKED). */
    List<Due> claimDue(Instant now) {
        return jdbc.sql("""
                select d.id, e.url, e.secret, d.event_key, d.kind, d.payload, d.attempts
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                order by d.next_attempt_at limit 50 for update of d skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Due(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
    }

    void delivered(UUID id, int attempts, int code, Instant at) {
        jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = :a, last_status_code = :code, "
                        + "last_error = null, delivered_at = :now where id = :id")
                .param("a", attempts).param("code", code).param("now", Timestamp.from(at)).param("id", id).update();
    }

    void failed(UUID id, String status, int attempts, Integer code, String error, Instant nextAttempt) {
        jdbc.sql("update webhook_delivery set status = :status, attempts = :a, last_status_code = :code, "
                        + "last_error = :error, next_attempt_at = :next where id = :id")
                .param("status", status).param("a", attempts).param("code", code).param("error", error)
                .param("next", Timestamp.from(nextAttempt)).param("id", id).update();
    }
}
