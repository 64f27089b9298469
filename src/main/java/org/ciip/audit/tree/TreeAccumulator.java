package org.ciip.audit.tree;

import java.util.ArrayList;
import java.util.List;
import org.ciip.shared.HashAlgorithm;

/**
 * The tree hash of a growing list of leaves, one leaf at a time, in memory logarithmic in their number: it keeps the
 * hashes of the complete subtrees the leaves so far are made of (as binary counting does). Verification feeds it the
 * whole trail and asks for the root at the size of every signed tree head.
 */
public final class TreeAccumulator {

    private final HashAlgorithm algorithm;
    private final List<byte[]> stack = new ArrayList<>();
    private long size;

    public TreeAccumulator(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    /** Appends a leaf, given as its data (the leaf hash is computed here). */
    public void append(byte[] leafData) {
        byte[] hash = MerkleTree.leafHash(algorithm, leafData);
        long merges = Long.numberOfTrailingZeros(~size);
        for (long i = 0; i < merges; i++) {
            hash = MerkleTree.nodeHash(algorithm, stack.removeLast(), hash);
        }
        stack.add(hash);
        size++;
    }

    public long size() {
        return size;
    }

    /** The tree hash of the leaves appended so far. */
    public byte[] root() {
        if (stack.isEmpty()) {
            return MerkleTree.emptyRoot(algorithm);
        }
        return MerkleTree.fold(algorithm, stack);
    }
}
