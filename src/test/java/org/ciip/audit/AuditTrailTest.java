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
import org.ciip.audit.chain.AuditChain;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.chain.AuditSealer;
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
    AuditSealer sealer;
    @Autowired
    org.ciip.support.Superuser superuser;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transaction;

    private static String asset(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"FINANCE\",\"mlpsLevel\":3,"
                + "\"coreBusiness\":\"Cards\"}";
    }

    @Test
    void theVerificationSealsWhatWasCommittedAndCountsEveryEntry() {
        http.post("/api/v1/assets", http.token("bank-officer"), asset("Audited " + UUID.randomUUID()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq is null", Long.class))
                .as("written unsealed with its change").isPositive();
        Http.Response r = http.get("/api/v1/audit/verification", http.token("mps"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("valid").asBoolean()).isTrue();
        assertThat(r.json().get("firstInvalidSeq").isNull()).isTrue();
        assertThat(r.json().get("unsealed").asLong()).isZero();
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(r.json().get("entries").asLong()).isEqualTo(entries);
        assertThat(r.json().get("head").asString()).isEqualTo(jdbc.queryForObject(
                "select hash from audit_entry where seq is not null order by seq desc limit 1", String.class));
    }

    @Test
    void anEntryIsWrittenUnsealedWithItsChangeAndTheSealerChainsItOntoTheHead() {
        sealer.sealAll();
        Map<String, Object> head = jdbc.queryForMap(
                "select seq, hash from audit_entry where seq is not null order by seq desc limit 1");
        String marker = UUID.randomUUID().toString();
        record(marker, Map.of("note", "审计"));
        Map<String, Object> written = jdbc.queryForMap("select * from audit_entry where object_id = ?", marker);
        assertThat(written.get("seq")).isNull();
        assertThat(written.get("prev_hash")).isNull();
        assertThat(written.get("hash")).isNull();
        assertThat(written.get("actor")).isEqualTo("bank-officer");

        assertThat(sealer.sealAll()).isOne();

        Map<String, Object> sealed = jdbc.queryForMap("select * from audit_entry where object_id = ?", marker);
        assertThat(sealed.get("seq")).isEqualTo((Long) head.get("seq") + 1);
        assertThat(sealed.get("prev_hash")).isEqualTo(head.get("hash"));
        AuditEntry entry = new AuditEntry((Long) sealed.get("seq"),
                ((java.sql.Timestamp) sealed.get("occurred_at")).toInstant(), "bank-officer",
                (UUID) sealed.get("actor_organization_id"), "TEST_CHANGE", "Test", marker,
                "{\"note\":\"审计\"}", null, (String) head.get("hash"), null);
        assertThat(sealed.get("hash")).as("the rule of docs/audit.md").isEqualTo(AuditChain.hash(entry));
        assertThat(sealer.sealAll()).as("nothing is sealed twice").isZero();
    }

    @Test
    void concurrentChangesAndConcurrentSealersMakeOneChainWithoutGapsAndARolledBackChangeLeavesNoEntry()
            throws Exception {
        String marker = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            work.add(pool.submit(() -> accounts.runAs("admin", () -> transaction.execute(status -> {
                audit.record("TEST_CHANGE", "Test", marker, Map.of("n", n));
                audit.record("TEST_CHANGE", "Test", marker, Map.of("n", n, "second", true));
                if (n % 10 == 0) {
                    status.setRollbackOnly();
                }
                return null;
            }))));
            if (n % 5 == 0) {
                work.add(pool.submit(sealer::sealAll)); // as several CIIP instances would, at the same time
            }
        }
        for (Future<?> w : work) {
            w.get();
        }
        pool.shutdown();
        sealer.sealAll();

        Map<String, List<Long>> seqsByChange = new HashMap<>();
        jdbc.query("select cast(summary as jsonb) ->> 'n', seq from audit_entry where object_id = ? order by id",
                rs -> {
                    seqsByChange.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, marker);
        assertThat(seqsByChange).as("the 36 committed changes, none of the 4 rolled back").hasSize(36)
                .doesNotContainKeys("0", "10", "20", "30");
        seqsByChange.values().forEach(seqs -> assertThat(seqs.get(1)).as("the entries of a change in their order")
                .isGreaterThan(seqs.get(0)));
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThat(jdbc.queryForObject("select max(seq) from audit_entry", Long.class)).as("all sealed, no gaps")
                .isEqualTo(entries);
        assertThat(http.get("/api/v1/audit/verification", http.token("mps")).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void theAuditPageShowsANewEntryAsSealingUntilTheSealerHasChainedIt() {
        String id = http.post("/api/v1/assets", http.token("bank-officer"), asset("Browsed " + UUID.randomUUID()))
                .json().get("id").asString();
        String bank = http.signIn("bank-officer");
        String before = http.send(http.request("/audit?lang=en&objectId=" + id, null).header("Cookie", bank).GET())
                .body();
        assertThat(before).contains("title=\"ASSET_REGISTERED\">Asset registered<", ">sealing<")
                .as("linked to the asset").contains("href=\"/assets/" + id + "\"");
        sealer.sealAll();
        long seq = jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, id);
        String after = http.send(http.request("/audit?lang=en&objectId=" + id, null).header("Cookie", bank).GET())
                .body();
        assertThat(after).contains("title=\"ASSET_REGISTERED\">Asset registered<", ">" + seq + "<")
                .doesNotContain(">sealing<");
        String chinese = http.send(http.request("/audit?lang=zh-CN&objectId=" + id, null).header("Cookie", bank)
                .GET()).body();
        assertThat(chinese).contains(">登记资产<", ">资产<").contains("name: Browsed ");
        String csv = new String(http.send(http.request("/audit/export?format=csv&lang=zh-CN&objectId=" + id, null)
                .header("Cookie", bank).GET()).body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("the export, in Chinese").contains("登记资产").contains("资产").contains(id);
    }

    @Test
    void operatorsMayNotVerifyTheWholeTrail() {
        assertThat(http.get("/api/v1/audit/verification", http.token("bank-officer")).status()).isEqualTo(403);
    }

    @Test
    void theApplicationMayNotUpdateOrDeleteAnAuditEntryAndNeitherMayTheOwnerWithTheTriggersOn() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'forger' where seq = 1"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = 1"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("permission denied");
        JdbcTemplate owner = superuser.jdbc();
        assertThatThrownBy(() -> owner.update("update audit_entry set actor = 'forger' where seq = 1"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_entry where seq = 1"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuserOwnsNothingAndCannotSwitchTheTriggersOff() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("ciip_app");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user", Long.class))
                .as("tables, views and sequences it owns").isZero();
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger all"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("create table forged (id int)"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_tree_head"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theOneChangeTheDatabaseAcceptsIsTheSealOfAnUnsealedEntryOnce() {
        String marker = UUID.randomUUID().toString();
        record(marker, Map.of());
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'forger' where object_id = ?", marker))
                .as("the content of an unsealed entry").rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> superuser.jdbc().update("update audit_entry set actor = 'forger' where object_id = ?",
                marker)).as("even for the owner").rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser.jdbc().update("update audit_entry set seq = -1, prev_hash = 'x', "
                + "hash = 'y', summary = '{}' || summary where object_id = ?", marker))
                .as("a seal that also changes the content").rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("insert into audit_entry (occurred_at, actor, action, object_type, summary, "
                + "seq, prev_hash, hash) values (now(), 'forger', 'A', 'T', '{}', 999999999, 'x', 'y')"))
                .as("an entry written already sealed").rootCause().hasMessageContaining("unsealed");
        sealer.sealAll();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set seq = seq + 1000000000 where object_id = ?",
                marker)).as("a second seal").rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'forger'", Long.class)).isZero();
    }

    @Test
    void aRowAlteredBehindTheTriggersBackIsFoundByItsSequenceNumber() throws Exception {
        String id = http.post("/api/v1/assets", http.token("bank-officer"), asset("Tamper " + UUID.randomUUID()))
                .json().get("id").asString();
        sealer.sealAll();
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

    private void record(String marker, Map<String, ?> summary) {
        accounts.runAs("bank-officer", () -> transaction.execute(status -> {
            audit.record("TEST_CHANGE", "Test", marker, summary);
            return null;
        }));
    }

    /** What only a database superuser can do: switch off triggers for one session and rewrite a row. */
    private void bypassingTrigger(String sql, String value, long seq) throws Exception {
        try (Connection connection = superuser.jdbc().getDataSource().getConnection()) {
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
