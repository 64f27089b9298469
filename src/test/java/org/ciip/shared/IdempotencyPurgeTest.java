package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ciip.shared.api.Idempotency;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RunningCiip
class IdempotencyPurgeTest {

    @Autowired
    Idempotency idempotency;
    @Autowired
    JdbcTemplate jdbc;

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
}
