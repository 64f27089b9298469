package org.ciip.audit.tree;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ciip.audit.SignedTreeHead;
import org.ciip.shared.HashAlgorithm;
import org.ciip.shared.crypto.DocumentSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as a verifiable log (RFC 9162): signs a tree head every {@code ciip.audit.tree-head-every} (five
 * seconds by default) when the trail has grown, keeps it in the database and in a file outside it, and answers
 * inclusion proofs for an entry and consistency proofs between two heads. Before it signs, it checks that the last
 * signed head still holds its last entry as the trail holds it now and that the new tree extends it; when either
 * fails, the trail was rewritten, and it signs nothing more until an operator of the platform has looked (the refusal
 * is logged, and answered with the latest head).
 */
@Component
public class AuditTree implements org.ciip.audit.SignedTreeHeads {

    static final long HEAD_LOCK = 0x43494950_54524545L; // "CIIPTREE"
    private static final Logger LOG = LoggerFactory.getLogger(AuditTree.class);
    private static final HexFormat HEX = HexFormat.of();

    /** Why the last attempt to sign a head was refused. */
    public enum Refusal {
        /** The last entry of the last signed head is not the entry the trail has now at its place. */
        LAST_ENTRY_CHANGED,
        /** The tree now does not extend the tree of the last signed head. */
        NOT_AN_EXTENSION
    }

    /** An inclusion proof: the leaf's index, the tree's size, the hashes of the path, and the head it leads to. */
    public record InclusionProof(long leafIndex, long treeSize, List<String> path, SignedTreeHead treeHead) {
    }

    /** A consistency proof between two signed heads. */
    public record ConsistencyProof(SignedTreeHead first, SignedTreeHead second, List<String> path) {
    }

    private final TreeNodes nodes;
    private final TreeHeads heads;
    private final DocumentSigner signer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HashAlgorithm algorithm;
    private final Path journalDirectory;
    private volatile HeadJournal journal;
    private volatile Refusal refusal;
    private volatile Latest latest;
    private final java.util.concurrent.atomic.AtomicBoolean publishing = new java.util.concurrent.atomic.AtomicBoolean();

    AuditTree(TreeNodes nodes, TreeHeads heads, DocumentSigner signer, TransactionTemplate transaction,
            Clock clock, @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite,
            @Value("${ciip.audit.tree-heads-dir:${ciip.data-dir}/tree-heads}") String journalDirectory) {
        this.nodes = nodes;
        this.heads = heads;
        this.signer = signer;
        this.transaction = transaction;
        this.clock = clock;
        this.algorithm = HashAlgorithm.ofSuite(suite);
        this.journalDirectory = Path.of(journalDirectory);
    }

    // at a fixed rate, on a thread of its own: fixed-delay tasks share the scheduler's one thread, where the sealer may
    // be working through a backlog; a run that finds the last one still signing leaves it be
    @Scheduled(fixedRateString = "${ciip.audit.tree-head-every:PT5S}",
            initialDelayString = "${ciip.audit.tree-head-every:PT5S}")
    void publishPeriodically() {
        if (publishing.compareAndSet(false, true)) {
            try {
                publish();
            } finally {
                publishing.set(false);
            }
        }
    }

    /**
     * Signs a head for the trail as sealed now, when it has grown since the last one. Answers the new head, or
     * nothing when there was nothing new or the trail no longer extends the last head ({@link #refusal()}).
     */
    public Optional<SignedTreeHead> publish() {
        SignedTreeHead head = transaction.execute(status -> {
            heads.lockForSigning();
            long size = Math.min(nodes.sealedSize(), nodes.storedLeaves(algorithm) + TreeNodes.STORED_LEVEL_LEAVES - 1);
            Optional<SignedTreeHead> last = heads.latest(algorithm);
            if (size == 0 || (last.isPresent() && last.get().treeSize() >= size)) {
                return null;
            }
            byte[] root = nodes.hashes(algorithm, List.of(new MerkleTree.Range(0, size))).getFirst();
            if (last.isPresent()) {
                Refusal why = extends_(last.get(), size, root);
                if (why != null) {
                    if (refusal != why) {
                        LOG.error("The audit trail was rewritten: no tree head is signed after the head of size {} "
                                + "({}). Verify the audit trail.", last.get().treeSize(), why);
                    }
                    refusal = why;
                    return null;
                }
            }
            refusal = null;
            java.time.Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            DocumentSigner.Signature signature = signer.sign(SignedTreeHead.signedData(size, at, root));
            SignedTreeHead signed = new SignedTreeHead(size, at, HEX.formatHex(root), algorithm.label(),
                    signature.algorithm(), signature.keyId(), signature.value());
            heads.add(signed);
            return signed;
        });
        if (head != null) {
            latest = new Latest(head, System.nanoTime());
            journal().append(head);
        }
        return Optional.ofNullable(head);
    }

    private Refusal extends_(SignedTreeHead last, long size, byte[] root) {
        long m = last.treeSize();
        byte[] lastRoot = HEX.parseHex(last.rootHash());
        List<byte[]> leaf = nodes.leafData(m - 1, m);
        List<byte[]> path = nodes.hashes(algorithm, MerkleTree.inclusionRanges(m - 1, m));
        if (leaf.size() != 1 || !MerkleTree.verifyInclusion(algorithm, m - 1, m,
                MerkleTree.leafHash(algorithm, leaf.getFirst()), path, lastRoot)) {
            return Refusal.LAST_ENTRY_CHANGED;
        }
        List<byte[]> proof = nodes.hashes(algorithm, MerkleTree.consistencyRanges(m, size));
        return MerkleTree.verifyConsistency(algorithm, m, size, lastRoot, root, proof) ? null
                : Refusal.NOT_AN_EXTENSION;
    }

    /** Why the last attempt to sign was refused, or null when the last attempt signed or had nothing to sign. */
    public Refusal refusal() {
        return refusal;
    }

    /**
     * The latest signed head; read from the database at most once a second (every receipt of an incident carries it,
     * at hundreds a second), and at once after this instance signed one.
     */
    @Override
    public Optional<SignedTreeHead> latest() {
        Latest known = latest;
        if (known != null && System.nanoTime() - known.readAt() < LATEST_FOR_NANOS) {
            return Optional.ofNullable(known.head());
        }
        Optional<SignedTreeHead> read = heads.latest(algorithm);
        latest = new Latest(read.orElse(null), System.nanoTime());
        return read;
    }

    private static final long LATEST_FOR_NANOS = 1_000_000_000L;

    private record Latest(SignedTreeHead head, long readAt) {
    }

    public Optional<SignedTreeHead> head(long treeSize) {
        return heads.ofSize(algorithm, treeSize);
    }

    /** The heads signed after the one of size {@code after}, smallest first. */
    public List<SignedTreeHead> heads(long after, int limit) {
        return heads.page(algorithm, after, limit);
    }

    /** The proof that the entry of sequence number {@code seq} is in the tree of a signed head. */
    public InclusionProof inclusion(long seq, SignedTreeHead head) {
        if (seq < 1 || seq > head.treeSize()) {
            throw new IllegalArgumentException("entry " + seq + " is not in the tree of " + head.treeSize());
        }
        List<String> path = nodes.hashes(algorithm, MerkleTree.inclusionRanges(seq - 1, head.treeSize())).stream()
                .map(HEX::formatHex).toList();
        return new InclusionProof(seq - 1, head.treeSize(), path, head);
    }

    /** The proof that the tree of the first head is the beginning of the tree of the second. */
    public ConsistencyProof consistency(SignedTreeHead first, SignedTreeHead second) {
        List<String> path = nodes.hashes(algorithm, MerkleTree.consistencyRanges(first.treeSize(),
                second.treeSize())).stream().map(HEX::formatHex).toList();
        return new ConsistencyProof(first, second, path);
    }

    /** Whether a head's signature is the platform's, with the key that signs now. */
    public boolean signatureValid(SignedTreeHead head) {
        return head.signatureAlgorithm().equals(signer.algorithm())
                && head.keyId().equals(signer.publishedKey().keyId())
                && signer.verify(head.signedData(), head.signature());
    }

    /**
     * Runs a check of every signed head, from the database and from the copy outside it, over the trail that
     * {@code feed} streams into the verifier it is given; answers the verifier's result.
     */
    public TreeHeadVerifier.Result check(java.util.function.Consumer<TreeHeadVerifier> feed) {
        // the heads kept outside the database before this point were committed before the snapshot that the caller's
        // transaction (repeatable read) takes at its first statement, below: none is newer than the trail it reads
        long kept = journal().length();
        Set<HashAlgorithm> algorithms = new LinkedHashSet<>();
        algorithms.add(algorithm);
        List<Long> unreadable = new ArrayList<>();
        for (String label : heads.algorithms()) {
            algorithms.add(HashAlgorithm.ofLabel(label));
        }
        try (HeadJournal.Cursor copy = journal().open(kept, unreadable::add)) {
            TreeHeadVerifier verifier = new TreeHeadVerifier(algorithms, this::signatureValidAnyKey, heads.all(),
                    copy);
            feed.accept(verifier);
            unreadable.forEach(verifier::unreadableCopy);
            return verifier.result();
        }
    }

    /** Heads signed under the other suite were signed with its key, which this deployment no longer uses. */
    private boolean signatureValidAnyKey(SignedTreeHead head) {
        return !head.signatureAlgorithm().equals(signer.algorithm()) || signatureValid(head);
    }

    /** The file outside the database where the heads are kept too. */
    public Path journalFile() {
        return journal().file();
    }

    private HeadJournal journal() {
        HeadJournal current = journal;
        if (current == null) {
            // in a transaction of its own: a caller's snapshot must not start here (see check)
            TransactionTemplate own = new TransactionTemplate(java.util.Objects.requireNonNull(
                    transaction.getTransactionManager()));
            own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            String identity = own.execute(status -> heads.databaseIdentity()).replaceAll("[^A-Za-z0-9_.-]", "_");
            current = new HeadJournal(journalDirectory.resolve("audit-tree-heads-" + identity + ".jsonl"));
            journal = current;
        }
        return current;
    }
}
