package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.ciip.identity.Accounts;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@RunningCiip
class AuditTrailTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditTrail audit;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transaction;

    private static String asset(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"FINANCE\",\"mlpsLevel\":3,"
                + "\"coreBusiness\":\"Cards\"}";
    }

    @Test
    void theVerificationOfAnUntouchedTrailIsValidAndCountsEveryEntry() {
        http.post("/api/v1/assets", http.token("bank-officer"), asset("Audited " + UUID.randomUUID()));
        Http.Response r = http.get("/api/v1/audit/verification", http.token("mps"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("valid").asBoolean()).isTrue();
        assertThat(r.json().get("firstInvalidSeq").isNull()).isTrue();
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(r.json().get("entries").asLong()).isEqualTo(entries);
        assertThat(r.json().get("head").asString())
                .isEqualTo(jdbc.queryForObject("select hash from audit_entry order by seq desc limit 1", String.class));
    }

    @Test
    void concurrentChangesChainTheirEntriesInCommitOrderWithoutGapsAndARolledBackChangeLeavesNone() throws Exception {
        String marker = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> changes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            changes.add(pool.submit(() -> accounts.runAs("admin", () -> transaction.execute(status -> {
                audit.record("TEST_CHANGE", "Test", marker, Map.of("n", n));
                audit.record("TEST_CHANGE", "Test", marker, Map.of("n", n, "second", true));
                if (n % 10 == 0) {
                    status.setRollbackOnly();
                }
                return null;
            }))));
        }
        for (Future<?> change : changes) {
            change.get();
        }
        pool.shutdown();

        Map<String, List<Long>> seqsByChange = new HashMap<>();
        jdbc.query("select cast(summary as jsonb) ->> 'n', seq from audit_entry where object_id = ? order by seq",
                rs -> {
                    seqsByChange.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, marker);
        assertThat(seqsByChange).as("the 36 committed changes, none of the 4 rolled back").hasSize(36)
                .doesNotContainKeys("0", "10", "20", "30");
        seqsByChange.values().forEach(seqs -> assertThat(seqs.get(1) - seqs.get(0))
                .as("the entries of one transaction are consecutive").isOne());
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(jdbc.queryForObject("select max(seq) from audit_entry", Long.class)).as("no gaps").isEqualTo(entries);
        assertThat(http.get("/api/v1/audit/verification", http.token("mps")).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void operatorsMayNotVerifyTheWholeTrail() {
        assertThat(http.get("/api/v1/audit/verification", http.token("bank-officer")).status()).isEqualTo(403);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditEntry() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'forger' where seq = 1"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = 1"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aRowAlteredBehindTheTriggersBackIsFoundByItsSequenceNumber() throws Exception {
        String id = http.post("/api/v1/assets", http.token("bank-officer"), asset("Tamper " + UUID.randomUUID()))
                .json().get("id").asString();
        long seq = jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, id);
        String original = jdbc.queryForObject("select summary from audit_entry where seq = ?", String.class, seq);
        try {
            bypassingTrigger("update audit_entry set summary = ? where seq = ?", "{\"name\":\"forged\"}", seq);
            Http.Response r = http.get("/api/v1/audit/verification", http.token("cac"));
            assertThat(r.json().get("valid").asBoolean()).isFalse();
            assertThat(r.json().get("firstInvalidSeq").asLong()).isEqualTo(seq);
        } finally {
            bypassingTrigger("update audit_entry set summary = ? where seq = ?", original, seq);
        }
        assertThat(http.get("/api/v1/audit/verification", http.token("cac")).json().get("valid").asBoolean()).isTrue();
    }

    /** What only a database superuser can do: switch off triggers for one session and rewrite a row. */
    private void bypassingTrigger(String sql, String value, long seq) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement s = connection.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                p.setString(1, value);
                p.setLong(2, seq);
                p.executeUpdate();
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("set session_replication_role = origin");
                }
            }
        }
    }
}
