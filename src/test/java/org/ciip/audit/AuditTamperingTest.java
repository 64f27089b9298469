package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.chain.AuditSealer;
import org.ciip.audit.tree.AuditTree;
import org.ciip.audit.tree.OfflineVerifier;
import org.ciip.audit.SignedTreeHead;
import org.ciip.support.Http;
import org.ciip.support.OfflineCheck;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The tampering a database superuser can do with triggers switched off ({@code session_replication_role = replica}),
 * each done here as such a superuser would, and each detected: by the verification, by the signer of the next tree
 * head, or by the offline verifier. Every test puts the trail back as it was, so that the next starts from an intact
 * one. A database of its own, so that no other test meets a trail being rewritten.
 */
@RunningCiip
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=audit_tampering")
class AuditTamperingTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ciip.support.Superuser superuser;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditTree tree;
    @TempDir
    Path dir;

    /** A change of the bank's: an asset registered; answers the sequence number of its entry. */
    private long change() {
        String name = "Tampered " + UUID.randomUUID();
        assertThat(http.post("/api/v1/assets", http.token("bank-officer"), "{\"name\":\"" + name + "\","
                + "\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"FINANCE\",\"mlpsLevel\":3,\"coreBusiness\":\"Cards\"}")
                .status()).isEqualTo(201);
        sealer.sealAll();
        return jdbc.queryForObject("select e.seq from audit_entry e join asset a on e.object_id = a.id::text "
                + "where a.name = ? order by e.seq limit 1", Long.class, name);
    }

    private SignedTreeHead signedHead() {
        change();
        return tree.publish().orElseThrow();
    }

    /** As the superuser, with the triggers that guard the trail switched off. */
    private void asSuperuser(String... statements) {
        superuser.withoutTriggers(statements);
    }

    private JsonNode verification() {
        return http.get("/api/v1/audit/verification", http.token("mps")).json();
    }

    /** The trail, its tree and its heads as they are, to be put back after the tampering. */
    private void snapshot() {
        superuser.jdbc().execute("drop table if exists saved_entry, saved_node, saved_head");
        superuser.jdbc().execute("create table saved_entry as select * from audit_entry");
        superuser.jdbc().execute("create table saved_node as select * from audit_tree_node");
        superuser.jdbc().execute("create table saved_head as select * from audit_tree_head");
    }

    @BeforeEach
    void signIn() {
        // tokens first, so that no sign-in adds entries while the trail is being rewritten
        http.token("mps");
        http.token("bank-officer");
        mpsSession = http.signIn("mps");
    }

    String mpsSession;

    @AfterEach
    void theTrailIsIntactAgain() {
        asSuperuser("delete from audit_entry", "insert into audit_entry select * from saved_entry",
                "delete from audit_tree_node", "insert into audit_tree_node select * from saved_node",
                "delete from audit_tree_head", "insert into audit_tree_head select * from saved_head",
                "drop table saved_entry, saved_node, saved_head");
        JsonNode verification = verification();
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(signedHead().treeSize()).as("heads are signed again").isPositive();
    }

    @Test
    void anEntryRewrittenWithTheChainRehashedAfterItFailsVerificationAndNoFurtherHeadIsSigned() {
        SignedTreeHead head = signedHead();
        long rewritten = head.treeSize() - 3;
        snapshot();

        // the superuser changes the entry, then re-hashes it and every later one, so that the chain holds
        asSuperuser("update audit_entry set summary = '{\"note\":\"rewritten\"}' where seq = " + rewritten);
        List<AuditEntry> entries = jdbc.query("select " + AuditEntry.COLUMNS + " from audit_entry where seq >= ? "
                + "order by seq", (rs, n) -> AuditEntry.read(rs), rewritten);
        String previous = entries.getFirst().prevHash();
        for (AuditEntry entry : entries) {
            AuditEntry rehashed = entry.sealedAs(entry.seq(), previous, entry.algorithm());
            asSuperuser("update audit_entry set prev_hash = '" + rehashed.prevHash() + "', hash = '"
                    + rehashed.hash() + "' where seq = " + entry.seq());
            previous = rehashed.hash();
        }

        JsonNode verification = verification();
        assertThat(verification.get("firstInvalidSeq").isNull()).as("the re-hashed chain holds by itself").isTrue();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("treeHeadProblem").asString()).isEqualTo("ROOT_MISMATCH");
        assertThat(verification.get("firstInvalidTreeHead").asLong()).isGreaterThanOrEqualTo(rewritten)
                .isLessThanOrEqualTo(head.treeSize());

        change();
        assertThat(tree.publish()).as("no head extends a rewritten trail").isEmpty();
        assertThat(tree.refusal()).isEqualTo(AuditTree.Refusal.LAST_ENTRY_CHANGED);
    }

    @Test
    void entriesForgedAfterTheLastHeadAreSealedAndSignedButVerificationNamesThemAsNotCiips() throws Exception {
        SignedTreeHead head = signedHead();
        snapshot();

        // no trigger stands in the way of an unsealed row: the superuser writes two that look like CIIP's, one of
        // them with the code of a genuine entry copied onto it
        String copied = jdbc.queryForObject("select entry_code from audit_entry where seq = ?", String.class,
                head.treeSize());
        jdbc.update("insert into audit_entry (occurred_at, actor, actor_organization_id, action, object_type, "
                + "object_id, summary, purpose) values (now(), 'bank-officer', null, 'INCIDENT_CLOSED', 'Incident', "
                + "?, '{}', null)", UUID.randomUUID().toString());
        jdbc.update("insert into audit_entry (occurred_at, actor, actor_organization_id, action, object_type, "
                + "object_id, summary, purpose, entry_code) values (now(), 'mps', null, 'CASE_CLOSED', 'Case', ?, "
                + "'{}', null, ?)", UUID.randomUUID().toString(), copied);
        sealer.sealAll();
        long forged = jdbc.queryForObject("select min(seq) from audit_entry where action in ('INCIDENT_CLOSED', "
                + "'CASE_CLOSED') and summary = '{}'", Long.class);
        // the head over the forgery goes to the copy outside the database too: put back afterwards with the trail
        Path journal = tree.journalFile();
        byte[] kept = Files.readAllBytes(journal);
        try {
            assertThat(tree.publish()).as("the forgery is appended, so the heads still extend").isPresent();
            theForgeryIsNamed(forged);
        } finally {
            Files.write(journal, kept);
        }
    }

    private void theForgeryIsNamed(long forged) {
        JsonNode verification = verification();
        assertThat(verification.get("firstInvalidSeq").isNull()).as("the chain holds").isTrue();
        assertThat(verification.get("treeHeadProblem").isNull()).as("every head holds").isTrue();
        assertThat(verification.get("unauthenticEntries").asLong()).isEqualTo(2);
        assertThat(verification.get("firstUnauthenticSeq").asLong()).isEqualTo(forged);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        String page = http.postForm("/audit/verification?lang=en", mpsSession, "/audit").body();
        assertThat(page).contains("2 entries were not written by CIIP").contains("the first is entry " + forged);
    }

    @Test
    void theNewestEntriesDeletedWithTheirHeadsFailVerificationByTheCopyOfTheHeadsOutsideTheDatabase() {
        SignedTreeHead head = signedHead();
        long kept = head.treeSize() - 2;
        snapshot();

        asSuperuser("delete from audit_entry where seq > " + kept, "delete from audit_tree_head where tree_size > "
                + kept);

        JsonNode verification = verification();
        assertThat(verification.get("firstInvalidSeq").isNull()).as("what is left still chains").isTrue();
        assertThat(verification.get("entries").asLong()).isEqualTo(kept);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("treeHeadProblem").asString()).isEqualTo("BEYOND_TRAIL");
        assertThat(verification.get("firstInvalidTreeHead").asLong()).as("the first head beyond what is left")
                .isGreaterThan(kept).isLessThanOrEqualTo(head.treeSize());
        String page = http.postForm("/audit/verification?lang=zh-CN", mpsSession, "/audit").body();
        assertThat(page).contains("的已签名树头不成立：审计记录比树头短，说明有记录被删除。");
    }

    @Test
    void anEntryChangedInPlaceBreaksTheChainAndItsInclusionProofFailsOffline() throws Exception {
        long seq = change();
        tree.publish().orElseThrow();
        snapshot();

        asSuperuser("update audit_entry set summary = '{\"name\":\"Another system\"}' where seq = " + seq);

        JsonNode verification = verification();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstInvalidSeq").asLong()).isEqualTo(seq);
        Http.Response proof = http.get("/api/v1/audit/entries/" + seq + "/inclusion", http.token("bank-officer"));
        assertThat(offline(proof.body())).startsWith("1\n").contains("FAIL  entry " + seq + ": its hash");
    }

    @Test
    void aRewrittenNodeOfTheStoredTreeMakesEveryProofThroughItFailOffline() throws Exception {
        long seq = change();
        for (int i = 0; i < 20; i++) {
            change();
        }
        SignedTreeHead head = tree.publish().orElseThrow();
        snapshot();
        asSuperuser("update audit_tree_node set hash = sha256(hash)");

        Http.Response proof = http.get("/api/v1/audit/entries/" + seq + "/inclusion?treeSize=" + head.treeSize(),
                http.token("bank-officer"));
        assertThat(offline(proof.body())).startsWith("1\n").contains("FAIL  entry " + seq + " is in the tree");
        change();
        assertThat(tree.publish()).as("the signer checks the new tree against the last head").isEmpty();
    }

    private String offline(String document) throws Exception {
        return OfflineCheck.run(dir, http.get("/api/v1/signing-key", null).body(), document);
    }
}
