package org.ciip.shared.api;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.ciip.shared.Hashing;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.RawValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for creating requests (DESIGN.md §4). The creation runs first, then its answer is recorded
 * under the key by one insert, in the same transaction; the key's unique index decides which creation stands. A request
 * whose key was taken first (by a concurrent request, whose commit its insert waits for, or by an earlier one), or whose
 * creation fails, is rolled back; if the key has an answer by then, that answer is returned, so one key creates exactly
 * one record, and a retry gets the first answer even when the creation would no longer pass its checks (the name now
 * taken by the record the first request created, say). The same key with another body is a 422. A creation costs one
 * statement for its key; a retry, the rare case, pays with a creation rolled back.
 */
@Component
public class Idempotency {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Idempotency(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code creation} once per (scope, key), in a transaction of its own that commits before the answer is
     * returned. Without a key it simply runs it, in that transaction.
     *
     * @param scope    who and what: e.g. the account id and the operation
     * @param key      the client's Idempotency-Key header, or null
     * @param request  the parsed request body, compared by its JSON form
     * @param creation creates the record in the current transaction and answers its representation
     * @throws IllegalStateException when called inside a transaction: a retry must be able to roll back the creation
     *                               it ran, so the transaction has to be this method's own
     */
    public ResponseEntity<JsonNode> execute(String scope, String key, Object request, HttpStatus status,
            Supplier<?> creation) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Idempotency.execute runs its own transaction; call it outside one");
        }
        if (key == null) {
            return transactions.execute(tx -> ResponseEntity.status(status)
                    .body(raw(json.writeValueAsString(creation.get()))));
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String requestHash = Hashing.sha256Hex(json.writeValueAsString(request));
        try {
            return transactions.execute(tx -> {
                String body = json.writeValueAsString(creation.get());
                int recorded = jdbc.sql("""
                        insert into idempotency_record (scope, idempotency_key, request_hash, created_at,
                                                        response_status, response_body)
                        values (:scope, :key, :hash, :now, :status, :body) on conflict do nothing""")
                        .param("scope", scope).param("key", key).param("hash", requestHash)
                        .param("now", java.sql.Timestamp.from(clock.instant())).param("status", status.value())
                        .param("body", body)
                        .update();
                if (recorded == 0) {
                    throw new KeyTaken();
                }
                return ResponseEntity.status(status).body(raw(body));
            });
        } catch (RuntimeException failed) {
            // rolled back: the key's first answer, if it has one by now, else the failure
            Optional<StoredResponse> stored;
            try {
                stored = stored(scope, key);
            } catch (DataAccessException unreadable) {
                failed.addSuppressed(unreadable);
                throw failed;
            }
            return replay(stored.orElseThrow(() -> failed), requestHash);
        }
    }

    /** The key already has an answer (the insert of a concurrent request's answer waited for its commit). */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("Idempotency-Key taken", null, false, false);
        }
    }

    /** The answer as it was serialized once, for storing: written to the client as it is, not parsed again. */
    private JsonNode raw(String body) {
        return json.getNodeFactory().rawValueNode(new RawValue(body));
    }

    private Optional<StoredResponse> stored(String scope, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_body from idempotency_record
                where scope = :scope and idempotency_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    private ResponseEntity<JsonNode> replay(StoredResponse stored, String requestHash) {
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
