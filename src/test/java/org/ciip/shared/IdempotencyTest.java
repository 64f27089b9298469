package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ciip.audit.AuditTrail;
import org.ciip.shared.api.Idempotency;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@RunningCiip
class IdempotencyTest {

    @Autowired
    Idempotency idempotency;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AuditTrail audit;

    @Test
    void keysOlderThanTheRetentionAreForgottenAndRecentOnesKept() {
        Instant now = Instant.now();
        jdbc.update("insert into idempotency_record (scope, idempotency_key, request_hash, created_at) values (?,?,?,?)",
                "purge-test", "old", "0".repeat(64), Timestamp.from(now.minus(8, ChronoUnit.DAYS)));
        jdbc.update("insert into idempotency_record (scope, idempotency_key, request_hash, created_at) values (?,?,?,?)",
                "purge-test", "recent", "0".repeat(64), Timestamp.from(now.minus(1, ChronoUnit.HOURS)));
        assertThat(idempotency.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select idempotency_key from idempotency_record where scope = 'purge-test'",
                String.class)).containsExactly("recent");
    }

    @Test
    void aCreationRefusesToJoinTheCallersTransactionAndDoesNotRun() {
        // a retry rolls back the creation it ran, which only its own transaction allows
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> idempotency.execute(
                "guard-test", "key", Map.of("a", 1), HttpStatus.CREATED, runs::incrementAndGet)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("own transaction");
        assertThat(runs).hasValue(0);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_record where scope = 'guard-test'",
                Long.class)).isZero();
    }

    @Test
    void aKeyTakenFirstRollsTheSecondCreationBackAndAnswersTheFirstAnswer() {
        AtomicInteger runs = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> first = idempotency.execute("taken-test", key, Map.of("a", 1), HttpStatus.CREATED,
                () -> created(key, runs.incrementAndGet()));
        ResponseEntity<JsonNode> second = idempotency.execute("taken-test", key, Map.of("a", 1), HttpStatus.CREATED,
                () -> created(key, runs.incrementAndGet()));
        assertThat(runs).as("the second creation ran, to be rolled back").hasValue(2);
        assertThat(second.getBody().toString()).isEqualTo(first.getBody().toString()).contains("\"run\":1");
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.queryForList("select summary from audit_entry where action = 'IDEMPOTENCY_TEST' and "
                + "object_id = ?", String.class, key)).as("what the creations wrote").hasSize(1);
    }

    /** A creation that leaves a trace only when its transaction commits: an audit entry. */
    private Map<String, Object> created(String key, int run) {
        audit.record("IDEMPOTENCY_TEST", "Test", key, Map.of("run", run));
        return Map.of("run", run);
    }
}
