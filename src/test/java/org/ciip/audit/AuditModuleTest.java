package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.chain.AuditSealer;
import org.ciip.audit.chain.ChainVerifier;
import org.ciip.shared.events.AuditedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own (with the shared kernel, which holds the database): the transition event of any module becomes an entry in the publishing transaction
 * (none when that transaction rolls back, none outside a transaction), and the sealer chains the entries so that the
 * whole chain verifies.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
// a deployment on the national suite (Art. 50 para 2): the chain is hashed with SM3
@TestPropertySource(properties = {"ciip.embedded-database.name=audit_module", "ciip.crypto.suite=NATIONAL"})
class AuditModuleTest {

    /** A transition of some module. */
    record Transitioned(UUID recordId, String to) implements AuditedEvent {

        @Override
        public String auditAction() {
            return "RECORD_TRANSITIONED";
        }

        @Override
        public String auditObjectType() {
            return "Record";
        }

        @Override
        public Object auditObjectId() {
            return recordId;
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("to", to);
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditSealer sealer;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.ciip.audit.tree.AuditTree tree;
    @Autowired
    org.ciip.shared.crypto.DocumentSigner signer;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void onTheNationalSuiteTheTreeIsHashedWithSm3ItsHeadsAreSignedWithSm2AndTheOfflineVerifierAcceptsAProof(
            Scenario scenario) throws Exception {
        UUID recordId = UUID.randomUUID();
        scenario.publish(new Transitioned(recordId, "OPEN"))
                .andWaitForStateChange(() -> jdbc.queryForList("select id from audit_entry where object_id = ?",
                        Long.class, recordId.toString()), ids -> !ids.isEmpty())
                .andVerify(ids -> assertThat(ids).hasSize(1));
        sealer.sealAll();
        org.ciip.audit.SignedTreeHead head = tree.publish().orElseThrow();
        assertThat(head.hashAlgorithm()).isEqualTo("SM3");
        assertThat(head.signatureAlgorithm()).isEqualTo("SM2-SM3");

        AuditEntry entry = jdbc.queryForObject("select " + AuditEntry.COLUMNS + " from audit_entry where object_id = ?",
                (rs, n) -> AuditEntry.read(rs), recordId.toString());
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("seq", entry.seq());
        fields.put("occurredAt", entry.occurredAt().toString());
        fields.put("actor", entry.actor());
        fields.put("actorOrganizationId", entry.actorOrganizationId());
        fields.put("action", entry.action());
        fields.put("objectType", entry.objectType());
        fields.put("objectId", entry.objectId());
        fields.put("summary", entry.summary());
        fields.put("purpose", entry.purpose());
        fields.put("prevHash", entry.prevHash());
        fields.put("hash", entry.hash());
        fields.put("hashAlgorithm", entry.algorithm().label());
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.nio.file.Path proof = java.nio.file.Files.writeString(dir.resolve("proof.json"), json.writeValueAsString(
                Map.of("entry", fields, "inclusion", tree.inclusion(entry.seq(), head))));
        java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("key.pem"),
                signer.publishedKey().publicKeyPem());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = org.ciip.audit.tree.OfflineVerifier.run(new String[] {key.toString(), proof.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("ok    tree head of size " + head.treeSize(), "signature SM2-SM3", "SM3)")
                .doesNotContain("FAIL");
        assertThat(status).isZero();
    }

    @Test
    void aTransitionEventIsAuditedInItsTransactionAndSealedIntoAChainThatVerifies(Scenario scenario) {
        UUID committed = UUID.randomUUID();
        scenario.publish(new Transitioned(committed, "CLOSED"))
                .andWaitForStateChange(() -> jdbc.queryForList("select seq from audit_entry where object_id = ?",
                        Long.class, committed.toString()), seqs -> !seqs.isEmpty())
                .andVerify(seqs -> assertThat(seqs).hasSize(1));
        sealer.sealAll();
        assertThat(jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class,
                committed.toString())).as("sealed into the chain").isNotNull();
        assertThat(jdbc.queryForObject("select summary::text from audit_entry where object_id = ?", String.class,
                committed.toString())).contains("\"to\"", "CLOSED");

        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new Transitioned(rolledBack, "CLOSED"));
            throw new IllegalStateException("the change fails after its event");
        })).hasMessageContaining("the change fails");
        assertThatThrownBy(() -> events.publishEvent(new Transitioned(UUID.randomUUID(), "OPEN")))
                .as("no entry without the transaction of a change");

        sealer.sealAll();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class,
                rolledBack.toString())).isZero();
        ChainVerifier verifier = new ChainVerifier();
        jdbc.query("select " + AuditEntry.COLUMNS + " from audit_entry where seq is not null order by seq",
                rs -> {
                    verifier.accept(AuditEntry.read(rs));
                });
        ChainVerifier.Verification verification = verifier.result(0);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.hashAlgorithms()).containsExactly("SM3");
        assertThat(jdbc.queryForObject("select hash_algorithm from audit_entry where object_id = ?", String.class,
                committed.toString())).isEqualTo("SM3");
        assertThat(verification.entries()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ?", String.class,
                committed.toString())).isEqualTo(List.of("RECORD_TRANSITIONED"));
    }
}
