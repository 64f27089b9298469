package org.ciip.audit.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ciip.audit.SignedTreeHead;
import org.ciip.shared.HashAlgorithm;

/**
 * Checks the signed tree heads against the trail as it is now, in the one pass that verification makes over it: fed
 * the sealed entries in order, it recomputes the tree of each algorithm and, at the size of each head (from the
 * database and from the copy outside it, both in order of size), compares the root and checks the signature. A head
 * whose root differs shows an entry changed and re-hashed; a head larger than the trail shows entries deleted; a head
 * in the copy but not in the database shows a head deleted. Plain Java.
 */
public final class TreeHeadVerifier {

    /** Why a head failed, in the order they are reported. */
    public enum Problem {
        ROOT_MISMATCH, SIGNATURE_INVALID, BEYOND_TRAIL, MISSING_FROM_DATABASE, UNREADABLE_COPY, OUT_OF_ORDER
    }

    /** The outcome: heads checked, and the first that failed with why (both null when none failed). */
    public record Result(long treeHeads, Long firstInvalidTreeSize, Problem problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    private final Map<HashAlgorithm, TreeAccumulator> trees = new EnumMap<>(HashAlgorithm.class);
    private final Predicate<SignedTreeHead> signatureValid;
    private final Peeking database;
    private final Peeking copy;
    private long checked;
    private Long firstInvalid;
    private Problem problem;
    private long size;

    /**
     * @param algorithms the trees to recompute (those of every head in the database and the deployment's own)
     * @param signatureValid whether a head's signature is the platform's
     * @param database the heads in the database, by size
     * @param copy the heads kept outside the database, by size
     */
    public TreeHeadVerifier(Set<HashAlgorithm> algorithms, Predicate<SignedTreeHead> signatureValid,
            Iterator<SignedTreeHead> database, Iterator<SignedTreeHead> copy) {
        for (HashAlgorithm algorithm : algorithms) {
            trees.put(algorithm, new TreeAccumulator(algorithm));
        }
        this.signatureValid = signatureValid;
        this.database = new Peeking(database);
        this.copy = new Peeking(copy);
        checkHeadsAt();
    }

    /** The next entry of the trail, by its hash (hex): the leaf data of the next leaf. */
    public void accept(String entryHash) {
        byte[] leaf = HexFormat.of().parseHex(entryHash);
        for (TreeAccumulator tree : trees.values()) {
            tree.append(leaf);
        }
        size++;
        checkHeadsAt();
    }

    /** Marks the copy outside the database as having a line that is not a head. */
    public void unreadableCopy(long line) {
        fail(line, Problem.UNREADABLE_COPY);
    }

    public Result result() {
        Long beyond = database.peek() != null ? Long.valueOf(database.peek().treeSize())
                : copy.peek() != null ? Long.valueOf(copy.peek().treeSize()) : null;
        if (beyond != null) {
            fail(beyond, Problem.BEYOND_TRAIL);
        }
        return new Result(checked, firstInvalid, problem);
    }

    private void checkHeadsAt() {
        List<SignedTreeHead> fromDatabase = database.takeUpTo(size, this::outOfOrder);
        List<SignedTreeHead> fromCopy = copy.takeUpTo(size, this::outOfOrder);
        for (SignedTreeHead head : fromDatabase) {
            check(head);
        }
        for (SignedTreeHead head : fromCopy) {
            if (fromDatabase.contains(head)) {
                // the same head, kept twice: its root and signature were checked above
                checked++;
                continue;
            }
            fail(head.treeSize(), Problem.MISSING_FROM_DATABASE);
            check(head);
        }
    }

    private void outOfOrder(SignedTreeHead head) {
        fail(head.treeSize(), Problem.OUT_OF_ORDER);
    }

    private void check(SignedTreeHead head) {
        checked++;
        TreeAccumulator tree;
        try {
            tree = trees.get(HashAlgorithm.ofLabel(head.hashAlgorithm()));
        } catch (IllegalArgumentException e) {
            tree = null;
        }
        if (tree == null || !Arrays.equals(tree.root(), hex(head.rootHash()))) {
            fail(head.treeSize(), Problem.ROOT_MISMATCH);
        } else if (!signatureValid.test(head)) {
            fail(head.treeSize(), Problem.SIGNATURE_INVALID);
        }
    }

    private static byte[] hex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private void fail(long treeSize, Problem why) {
        if (problem == null) {
            firstInvalid = treeSize;
            problem = why;
        }
    }

    /** A source of heads by size, read one ahead. */
    private static final class Peeking {
        private final Iterator<SignedTreeHead> source;
        private SignedTreeHead next;
        private long last = 0;

        Peeking(Iterator<SignedTreeHead> source) {
            this.source = source;
            this.next = source.hasNext() ? source.next() : null;
        }

        SignedTreeHead peek() {
            return next;
        }

        List<SignedTreeHead> takeUpTo(long size, java.util.function.Consumer<SignedTreeHead> outOfOrder) {
            List<SignedTreeHead> taken = new ArrayList<>();
            while (next != null && next.treeSize() <= size) {
                if (next.treeSize() < size || next.treeSize() < last) {
                    outOfOrder.accept(next);
                } else {
                    taken.add(next);
                }
                last = next.treeSize();
                next = source.hasNext() ? source.next() : null;
            }
            return taken;
        }
    }
}
