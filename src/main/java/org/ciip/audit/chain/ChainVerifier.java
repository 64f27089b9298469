package org.ciip.audit.chain;

/**
 * Walks entries in sequence order and finds the first that breaks the chain: a gap in the sequence, a prevHash that is
 * not the previous entry's hash, or a hash that does not match the entry's content. Plain Java, fed row by row.
 */
public final class ChainVerifier {

    private long entries;
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private Long firstInvalidSeq;
    private long unauthentic;
    private Long firstUnauthenticSeq;
    private final java.util.Set<String> algorithms = new java.util.LinkedHashSet<>();

    public void accept(AuditEntry entry) {
        accept(entry, true);
    }

    /**
     * {@code authentic}: whether the entry's authentication code holds ({@link EntryAuthentication}); an entry that
     * does not was not written by CIIP, whatever its place in the chain.
     */
    public void accept(AuditEntry entry, boolean authentic) {
        if (!authentic) {
            unauthentic++;
            if (firstUnauthenticSeq == null) {
                firstUnauthenticSeq = entry.seq();
            }
        }
        entries++;
        algorithms.add(entry.algorithm().label());
        if (firstInvalidSeq != null) {
            return;
        }
        boolean ok = entry.seq() == expectedSeq
                && entry.prevHash().equals(previousHash)
                && entry.hash().equals(AuditChain.hash(entry));
        if (!ok) {
            firstInvalidSeq = Math.min(entry.seq(), expectedSeq);
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.hash();
    }

    /** The result over the entries accepted, with the number of entries that were still waiting for their seal. */
    public Verification result(long unsealed) {
        return new Verification(entries, firstInvalidSeq == null && unauthentic == 0, firstInvalidSeq,
                entries == 0 ? AuditChain.GENESIS : previousHash, unsealed, java.util.List.copyOf(algorithms), 0, null,
                null, unauthentic, firstUnauthenticSeq);
    }

    /**
     * The answer of {@code GET /api/v1/audit/verification}: the sealed entries verified, whether they form an intact
     * chain, the first that does not, the hash of the last, how many entries were recorded but not yet sealed, and the
     * hash algorithms of the chain in the order they were first used (a chain switched to SM3 lists SHA-256, SM3);
     * then the signed tree heads checked against the trail, the size of the first that fails and why (docs/audit.md);
     * then how many entries fail their authentication code (written by someone without CIIP's key) and the first.
     * The trail is valid when the chain is intact, every signed head holds and every entry is CIIP's.
     */
    public record Verification(long entries, boolean valid, Long firstInvalidSeq, String head, long unsealed,
            java.util.List<String> hashAlgorithms, long treeHeads, Long firstInvalidTreeHead, String treeHeadProblem,
            long unauthenticEntries, Long firstUnauthenticSeq) {

        /** This verification with the outcome of the check of the signed tree heads. */
        public Verification withTreeHeads(long checked, Long firstInvalid, String problem) {
            return new Verification(entries, valid && problem == null, firstInvalidSeq, head, unsealed,
                    hashAlgorithms, checked, firstInvalid, problem, unauthenticEntries, firstUnauthenticSeq);
        }
    }
}
