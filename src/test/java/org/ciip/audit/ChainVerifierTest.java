package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.audit.chain.AuditChain;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.chain.ChainVerifier;
import org.ciip.shared.HashAlgorithm;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            AuditEntry unsigned = new AuditEntry(seq, Instant.parse("2026-11-24T08:00:00.123456Z").plusSeconds(seq),
                    "grid-officer", UUID.fromString("00000000-0000-0000-0000-000000000001"), "ASSET_CHANGED", "Asset",
                    "asset-" + seq, "{\"name\":{\"from\":\"a\",\"to\":\"b\"}}", null, previous, null);
            String hash = AuditChain.hash(unsigned);
            entries.add(withHash(unsigned, hash));
            previous = hash;
        }
        return entries;
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actorOrganizationId(), e.action(), e.objectType(),
                e.objectId(), e.summary(), e.purpose(), e.prevHash(), hash);
    }

    private static ChainVerifier.Verification verify(List<AuditEntry> entries) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result(0);
    }

    @Test
    void anUntouchedChainIsValidAndItsHeadIsTheLastHash() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier.Verification result = verify(entries);
        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.firstInvalidSeq()).isNull();
        assertThat(result.head()).isEqualTo(entries.get(4).hash());
    }

    @Test
    void anEmptyTrailIsValidWithTheGenesisHead() {
        assertThat(verify(List.of())).isEqualTo(new ChainVerifier.Verification(0, true, null, AuditChain.GENESIS, 0,
                List.of(), 0, null, null, 0, null));
    }

    @Test
    void aChangedSummaryIsFoundAtItsSequenceNumber() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(3, third.occurredAt(), third.actor(), third.actorOrganizationId(),
                third.action(), third.objectType(), third.objectId(), "{\"name\":\"forged\"}", null,
                third.prevHash(), third.hash()));
        ChainVerifier.Verification result = verify(entries);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSeq()).isEqualTo(3);
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void aRehashedForgeryBreaksTheLinkToTheNextEntry() {
        List<AuditEntry> entries = chain(4);
        AuditEntry second = entries.get(1);
        AuditEntry forged = new AuditEntry(2, second.occurredAt(), "someone-else", second.actorOrganizationId(),
                second.action(), second.objectType(), second.objectId(), second.summary(), null, second.prevHash(), null);
        entries.set(1, withHash(forged, AuditChain.hash(forged)));
        assertThat(verify(entries).firstInvalidSeq()).isEqualTo(3);
    }

    @Test
    void aDeletedEntryLeavesAGapThatIsReported() {
        List<AuditEntry> entries = chain(5);
        entries.remove(3);
        ChainVerifier.Verification result = verify(entries);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSeq()).isEqualTo(4);
    }

    @Test
    void theCanonicalFormSortsKeysAndFixesSixFractionalDigits() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-01-02T03:04:05Z"), "admin", null, "A", "T", null,
                "{}", null, AuditChain.GENESIS, null);
        assertThat(AuditChain.canonical(entry)).isEqualTo("{\"action\":\"A\",\"actor\":\"admin\","
                + "\"actorOrganizationId\":null,\"objectId\":null,\"objectType\":\"T\","
                + "\"occurredAt\":\"2026-01-02T03:04:05.000000Z\",\"purpose\":null,\"seq\":7,\"summary\":\"{}\"}");
    }

    /** A chain of {@code length} entries, the first {@code switchAt - 1} hashed with SHA-256 and the rest with SM3. */
    private static List<AuditEntry> switchedChain(int length, int switchAt) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= length; seq++) {
            AuditEntry unsealed = new AuditEntry(0, Instant.parse("2026-12-02T08:00:00.123456Z").plusSeconds(seq),
                    "mps", UUID.fromString("00000000-0000-0000-0000-000000000002"), "RULE_FILED", "Rule",
                    "rule-" + seq, "{}", null, null, null);
            AuditEntry sealed = unsealed.sealedAs(seq, previous, seq < switchAt ? HashAlgorithm.SHA_256
                    : HashAlgorithm.SM3);
            entries.add(sealed);
            previous = sealed.hash();
        }
        return entries;
    }

    @Test
    void aChainSwitchedToSm3AtAKnownPointVerifiesAndNamesBothAlgorithms() {
        List<AuditEntry> entries = switchedChain(6, 4);
        ChainVerifier.Verification result = verify(entries);
        assertThat(result.valid()).isTrue();
        assertThat(result.hashAlgorithms()).containsExactly("SHA-256", "SM3");
        assertThat(result.head()).isEqualTo(entries.get(5).hash());
        assertThat(entries.get(4).hash()).as("SM3 over the same text is another hash")
                .isNotEqualTo(HashAlgorithm.SHA_256.hex(entries.get(4).prevHash() + AuditChain.canonical(entries.get(4))));
    }

    @Test
    void anSm3EntryPassedOffAsSha256OrAlteredIsFound() {
        List<AuditEntry> relabelled = switchedChain(6, 4);
        AuditEntry fifth = relabelled.get(4);
        AuditEntry asSha = new AuditEntry(5, fifth.occurredAt(), fifth.actor(), fifth.actorOrganizationId(),
                fifth.action(), fifth.objectType(), fifth.objectId(), fifth.summary(), fifth.purpose(),
                fifth.prevHash(), fifth.hash(), HashAlgorithm.SHA_256);
        relabelled.set(4, asSha);
        assertThat(verify(relabelled).firstInvalidSeq()).isEqualTo(5);

        List<AuditEntry> altered = switchedChain(6, 4);
        AuditEntry sixth = altered.get(5);
        altered.set(5, new AuditEntry(6, sixth.occurredAt(), "someone-else", sixth.actorOrganizationId(),
                sixth.action(), sixth.objectType(), sixth.objectId(), sixth.summary(), sixth.purpose(),
                sixth.prevHash(), sixth.hash(), HashAlgorithm.SM3));
        assertThat(verify(altered).firstInvalidSeq()).isEqualTo(6);
    }
}
