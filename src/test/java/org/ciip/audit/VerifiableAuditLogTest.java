package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.ciip.audit.chain.AuditSealer;
import org.ciip.audit.tree.AuditTree;
import org.ciip.audit.tree.OfflineVerifier;
import org.ciip.audit.SignedTreeHead;
import org.ciip.support.Http;
import org.ciip.support.OfflineCheck;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail as a verifiable log (RFC 9162) through the API: an operator takes the proof that its own entry is in
 * a signed tree head and the proof that a later head extends the earlier one, and checks both offline with only the
 * platform's public key; a proof altered on the way fails; another organization's entry answers 404.
 */
@RunningCiip
class VerifiableAuditLogTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditTree tree;
    @TempDir
    Path dir;

    private long registerAsset(String token) {
        String name = "Proved " + UUID.randomUUID();
        assertThat(http.post("/api/v1/assets", token, "{\"name\":\"" + name + "\",\"kind\":\"INFORMATION_SYSTEM\","
                + "\"sector\":\"FINANCE\",\"mlpsLevel\":3,\"coreBusiness\":\"Cards\"}").status()).isEqualTo(201);
        sealer.sealAll();
        return jdbc.queryForObject("select e.seq from audit_entry e join asset a on e.object_id = a.id::text "
                + "where a.name = ? order by e.seq limit 1", Long.class, name);
    }

    private SignedTreeHead signHead() {
        sealer.sealAll();
        return tree.publish().orElseThrow();
    }

    private String offline(String document) throws Exception {
        String report = OfflineCheck.run(dir, http.get("/api/v1/signing-key", null).body(), document);
        assertThat(report.trim()).endsWith(report.startsWith("0\n") ? "\nVALID" : "INVALID");
        return report;
    }

    @Test
    void anOperatorProvesOfflineThatItsEntryIsInTheSignedTrail() throws Exception {
        String bank = http.token("bank-officer");
        long seq = registerAsset(bank);
        SignedTreeHead head = signHead();

        Http.Response proof = http.get("/api/v1/audit/entries/" + seq + "/inclusion", bank);
        assertThat(proof.status()).isEqualTo(200);
        assertThat(proof.json().at("/entry/seq").asLong()).isEqualTo(seq);
        assertThat(proof.json().at("/entry/action").asString()).isEqualTo("ASSET_REGISTERED");
        assertThat(proof.json().at("/inclusion/treeHead/treeSize").asLong()).isEqualTo(head.treeSize());
        assertThat(proof.json().at("/inclusion/leafIndex").asLong()).isEqualTo(seq - 1);

        String report = offline(proof.body());
        assertThat(report).startsWith("0\n").contains("ok    entry " + seq + ": its hash")
                .contains("ok    entry " + seq + " is in the tree of size " + head.treeSize());

        String pathHash = proof.json().at("/inclusion/path/0").asString();
        String altered = proof.body().replace(pathHash, pathHash.substring(0, 63)
                + (pathHash.endsWith("0") ? "1" : "0"));
        assertThat(offline(altered)).as("a proof altered on the way").startsWith("1\n")
                .contains("FAIL  entry " + seq + " is in the tree");

        String summary = proof.json().at("/entry/summary").asString();
        String rewritten = proof.body().replace(proof.json().at("/entry/action").asString(), "ASSET_RETIRED");
        assertThat(summary).isNotBlank();
        assertThat(offline(rewritten)).as("an entry whose content was changed").startsWith("1\n")
                .contains("FAIL  entry " + seq + ": its hash");
    }

    @Test
    void aLaterSignedHeadIsProvedToExtendAnEarlierOneOffline() throws Exception {
        String bank = http.token("bank-officer");
        registerAsset(bank);
        SignedTreeHead first = signHead();
        registerAsset(bank);
        registerAsset(bank);
        SignedTreeHead second = signHead();
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());

        Http.Response latest = http.get("/api/v1/audit/tree-heads/latest", http.token("grid-officer"));
        assertThat(latest.json().get("treeSize").asLong()).isEqualTo(second.treeSize());
        assertThat(offline(latest.body())).startsWith("0\n");

        Http.Response proof = http.get("/api/v1/audit/tree-heads/consistency?first=" + first.treeSize()
                + "&second=" + second.treeSize(), bank);
        assertThat(proof.status()).isEqualTo(200);
        assertThat(offline(proof.body())).startsWith("0\n").contains("ok    the tree of size " + first.treeSize()
                + " is the beginning of the tree of size " + second.treeSize());

        Http.Response heads = http.get("/api/v1/audit/tree-heads?after=" + (first.treeSize() - 1) + "&limit=2", bank);
        assertThat(heads.json().get(0).get("treeSize").asLong()).isEqualTo(first.treeSize());
        assertThat(heads.json().size()).isEqualTo(2);

        Http.Response notAHead = http.get("/api/v1/audit/tree-heads/consistency?first=" + (first.treeSize() + 1)
                + "&second=" + second.treeSize(), bank);
        assertThat(notAHead.status()).isEqualTo(400);
        assertThat(notAHead.json().at("/errors/0/field").asString()).isEqualTo("first");
    }

    @Test
    void anotherOrganizationsEntryAnswers404AndTheAdministratorGetsTheProofWithoutTheContent() throws Exception {
        long seq = registerAsset(http.token("bank-officer"));
        signHead();
        assertThat(http.get("/api/v1/audit/entries/" + seq + "/inclusion", http.token("grid-officer")).status())
                .isEqualTo(404);
        Http.Response admin = http.get("/api/v1/audit/entries/" + seq + "/inclusion", http.token("admin"));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().at("/entry/summary").isNull()).isTrue();
        assertThat(admin.json().at("/entry/contentWithheld").asBoolean()).isTrue();
        assertThat(offline(admin.body())).startsWith("0\n").contains("content withheld");
    }

    @Test
    void theVerificationChecksEverySignedHeadAgainstTheTrailAndTheCopyOutsideTheDatabase() {
        registerAsset(http.token("bank-officer"));
        SignedTreeHead head = signHead();
        assertThat(tree.journalFile()).exists();
        assertThat(Files.exists(tree.journalFile())).isTrue();
        // the signer keeps signing heads every few seconds: one may land while the verification reads
        long before = jdbc.queryForObject("select count(*) from audit_tree_head", Long.class);
        Http.Response r = http.get("/api/v1/audit/verification", http.token("mps"));
        assertThat(r.json().get("valid").asBoolean()).isTrue();
        long after = jdbc.queryForObject("select count(*) from audit_tree_head", Long.class);
        assertThat(r.json().get("treeHeads").asLong()).as("each head in the database and in the copy")
                .isBetween(2 * before, 2 * after);
        assertThat(r.json().get("treeHeadProblem").isNull()).isTrue();
        assertThat(head.treeSize()).isPositive();

        String page = http.postForm("/audit/verification?lang=en", http.signIn("mps"), "/audit").body();
        assertThat(page).contains("The chain is intact", "Signed tree heads checked against the trail",
                "Latest signed tree head", head.rootHash());
    }
}
