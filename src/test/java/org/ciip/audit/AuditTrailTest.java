package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RunningCiip
class AuditTrailTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

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
