package org.ciip.shared.api;

import java.time.Clock;
import java.util.function.Supplier;
import org.ciip.shared.Hashing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.RawValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for creating requests (DESIGN.md §4). The key is claimed by inserting its record in the same
 * transaction as the creation: a concurrent request with the same key waits on that row, then finds the committed
 * answer and returns it, so one key creates exactly one record. The same key with another body is a 422.
 */
@Component
public class Idempotency {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code creation} once per (scope, key). Without a key it simply runs it.
     *
     * @param scope    who and what: e.g. the account id and the operation
     * @param key      the client's Idempotency-Key header, or null
     * @param request  the parsed request body, compared by its JSON form
     * @param creation creates the record in the current transaction and answers its representation
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResponseEntity<JsonNode> execute(String scope, String key, Object request, HttpStatus status,
            Supplier<?> creation) {
        if (key == null) {
            return ResponseEntity.status(status).body(raw(json.writeValueAsString(creation.get())));
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String requestHash = Hashing.sha256Hex(json.writeValueAsString(request));
        int claimed = jdbc.sql("""
                insert into idempotency_record (scope, idempotency_key, request_hash, created_at)
                values (:scope, :key, :hash, :now) on conflict do nothing""")
                .param("scope", scope).param("key", key).param("hash", requestHash)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (claimed == 0) {
            return replay(scope, key, requestHash);
        }
        String body = json.writeValueAsString(creation.get());
        jdbc.sql("""
                update idempotency_record set response_status = :status, response_body = :body
                where scope = :scope and idempotency_key = :key""")
                .param("status", status.value()).param("body", body)
                .param("scope", scope).param("key", key)
                .update();
        return ResponseEntity.status(status).body(raw(body));
    }

    /** The answer as it was serialized once, for storing: written to the client as it is, not parsed again. */
    private JsonNode raw(String body) {
        return json.getNodeFactory().rawValueNode(new RawValue(body));
    }

    private ResponseEntity<JsonNode> replay(String scope, String key, String requestHash) {
        StoredResponse stored = jdbc.sql("""
                select request_hash, response_status, response_body from idempotency_record
                where scope = :scope and idempotency_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
        if (!stored.requestHash().equals(requestHash)) {
            throw ApiException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request body.");
        }
        return ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true")
                .body(raw(stored.body()));
    }

    /** Keys are kept for {@link #RETENTION}: long enough for any client's retries. A delete is harmless to repeat, so
     * several instances may run it at once. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${ciip.idempotency.purge-cron:0 17 3 * * *}",
            zone = "Asia/Shanghai")
    @Transactional
    public int purgeExpired() {
        return jdbc.sql("delete from idempotency_record where created_at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(RETENTION))).update();
    }

    public static final java.time.Duration RETENTION = java.time.Duration.ofDays(7);

    private record StoredResponse(String requestHash, int status, String body) {
    }
}
