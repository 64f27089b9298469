package org.ciip.audit.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ciip.shared.HashAlgorithm;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, with the hash function a parameter (SHA-256
 * or SM3): the leaf hash {@code H(0x00 || data)}, the node hash {@code H(0x01 || left || right)}, the tree hash of n
 * leaves split at the largest power of two below n; the ranges an inclusion proof (PATH) and a consistency proof
 * (PROOF, SUBPROOF) are made of; and the two verification algorithms of sections 2.1.3.2 and 2.1.4.2. Plain Java,
 * used by the server and by the offline verifier alike.
 */
public final class MerkleTree {

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private MerkleTree() {
    }

    /** The leaves {@code [start, end)} of a tree: a subtree whose hash a proof carries. */
    public record Range(long start, long end) {

        public long size() {
            return end - start;
        }

        /** Whether this is a complete subtree: a power-of-two number of leaves, aligned on its size. */
        public boolean perfect() {
            long size = size();
            return size > 0 && Long.bitCount(size) == 1 && start % size == 0;
        }
    }

    public static byte[] leafHash(HashAlgorithm algorithm, byte[] data) {
        return algorithm.digest(LEAF, data);
    }

    public static byte[] nodeHash(HashAlgorithm algorithm, byte[] left, byte[] right) {
        return algorithm.digest(NODE, left, right);
    }

    /** The hash of the empty tree: the hash of no bytes. */
    public static byte[] emptyRoot(HashAlgorithm algorithm) {
        return algorithm.digest();
    }

    /** The largest power of two smaller than {@code n} (n at least 2). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH over leaf hashes already computed: the tree hash of RFC 9162 section 2.1.1. */
    public static byte[] root(HashAlgorithm algorithm, List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return emptyRoot(algorithm);
        }
        return hash(algorithm, leafHashes, 0, leafHashes.size());
    }

    private static byte[] hash(HashAlgorithm algorithm, List<byte[]> leaves, int start, int end) {
        if (end - start == 1) {
            return leaves.get(start);
        }
        int k = (int) split(end - start);
        return nodeHash(algorithm, hash(algorithm, leaves, start, start + k), hash(algorithm, leaves, start + k, end));
    }

    /** The subtrees whose hashes make the inclusion proof of leaf {@code index} in a tree of {@code size} leaves. */
    public static List<Range> inclusionRanges(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<Range> ranges = new ArrayList<>();
        path(index, 0, size, ranges);
        return ranges;
    }

    private static void path(long m, long start, long end, List<Range> out) {
        long n = end - start;
        if (n <= 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(new Range(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(new Range(start, start + k));
        }
    }

    /** The subtrees whose hashes make the consistency proof between trees of {@code first} and {@code second} leaves. */
    public static List<Range> consistencyRanges(long first, long second) {
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<Range> ranges = new ArrayList<>();
        subproof(first, 0, second, true, ranges);
        return ranges;
    }

    private static void subproof(long m, long start, long end, boolean whole, List<Range> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(new Range(start, end));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, out);
            out.add(new Range(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(new Range(start, start + k));
        }
    }

    /**
     * The complete subtrees a range is made of, left to right: its tree hash is folded from theirs ({@link #fold}).
     */
    public static List<Range> perfectParts(Range range) {
        List<Range> parts = new ArrayList<>();
        long start = range.start();
        long end = range.end();
        while (start < end) {
            long n = end - start;
            if (n == 1 || (Long.bitCount(n) == 1 && start % n == 0)) {
                parts.add(new Range(start, end));
                break;
            }
            long k = split(n);
            parts.add(new Range(start, start + k));
            start += k;
        }
        return parts;
    }

    /** The tree hash of a range from the hashes of its {@link #perfectParts}, in order. */
    public static byte[] fold(HashAlgorithm algorithm, List<byte[]> partHashes) {
        byte[] hash = partHashes.getLast();
        for (int i = partHashes.size() - 2; i >= 0; i--) {
            hash = nodeHash(algorithm, partHashes.get(i), hash);
        }
        return hash;
    }

    /** RFC 9162 section 2.1.3.2: whether the path leads from the leaf hash at {@code index} to {@code root}. */
    public static boolean verifyInclusion(HashAlgorithm algorithm, long index, long size, byte[] leafHash,
            List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(algorithm, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(algorithm, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 section 2.1.4.2: whether the path proves that the tree of {@code first} leaves with root
     * {@code firstRoot} is the beginning of the tree of {@code second} leaves with root {@code secondRoot}.
     */
    public static boolean verifyConsistency(HashAlgorithm algorithm, long first, long second, byte[] firstRoot,
            byte[] secondRoot, List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(algorithm, c, fr);
                sr = nodeHash(algorithm, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(algorithm, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }
}
