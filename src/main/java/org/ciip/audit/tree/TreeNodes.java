package org.ciip.audit.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.shared.HashAlgorithm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over the audit trail's Merkle tree ({@code audit_tree_node}) and its leaves. Leaf {@code i} is the
 * 32-byte hash of the sealed entry whose sequence number is {@code i + 1}. The hashes of complete subtrees of
 * {@value #STORED_LEVEL_LEAVES} leaves and more are stored as the sealer seals; smaller ones are computed from the
 * entries when a proof needs them.
 */
@Repository
public class TreeNodes {

    /** The lowest level kept: subtrees of 2^4 leaves. */
    static final int STORED_LEVEL = 4;
    static final int STORED_LEVEL_LEAVES = 1 << STORED_LEVEL;
    /** Leaves added to the stored tree in one call at most, so that a tree built from the start catches up in steps. */
    public static final int EXTEND_AT_MOST = 65_536;

    private final JdbcClient jdbc;

    TreeNodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of sealed entries, which is the size of the tree that may be signed now. */
    public long sealedSize() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry where seq is not null").query(Long.class)
                .single();
    }

    /** How many leaves the stored subtrees cover: a multiple of 16. */
    long storedLeaves(HashAlgorithm algorithm) {
        return jdbc.sql("select coalesce(max(index) + 1, 0) from audit_tree_node where algorithm = :algorithm "
                        + "and level = :level")
                .param("algorithm", algorithm.label()).param("level", STORED_LEVEL).query(Long.class).single()
                * STORED_LEVEL_LEAVES;
    }

    /**
     * Stores the subtrees completed by the entries sealed since the last call (at most {@link #EXTEND_AT_MOST}
     * leaves); called by the sealer in its round, under the chain's lock, so that one writer extends the tree at a
     * time. Answers how many leaves were added.
     */
    public int extend(HashAlgorithm algorithm) {
        long from = storedLeaves(algorithm);
        long sealed = sealedSize();
        long to = Math.min(sealed, from + EXTEND_AT_MOST);
        to -= (to - from) % STORED_LEVEL_LEAVES;
        if (to <= from) {
            return 0;
        }
        List<byte[]> leaves = leafData(from, to);
        if (leaves.size() != to - from) {
            throw new IllegalStateException("the audit trail has gaps between " + (from + 1) + " and " + to);
        }
        Map<Long, byte[]> level = new LinkedHashMap<>();
        for (int g = 0; g < leaves.size(); g += STORED_LEVEL_LEAVES) {
            List<byte[]> hashes = new ArrayList<>(STORED_LEVEL_LEAVES);
            for (byte[] leaf : leaves.subList(g, g + STORED_LEVEL_LEAVES)) {
                hashes.add(MerkleTree.leafHash(algorithm, leaf));
            }
            level.put((from + g) / STORED_LEVEL_LEAVES, MerkleTree.root(algorithm, hashes));
        }
        List<Object[]> rows = new ArrayList<>();
        int depth = STORED_LEVEL;
        while (!level.isEmpty()) {
            for (Map.Entry<Long, byte[]> node : level.entrySet()) {
                rows.add(new Object[] {depth, node.getKey(), node.getValue()});
            }
            level = parents(algorithm, depth, level);
            depth++;
        }
        insert(algorithm, rows);
        return (int) (to - from);
    }

    /** The nodes one level up that the new nodes of this level complete (the left sibling may be stored already). */
    private Map<Long, byte[]> parents(HashAlgorithm algorithm, int depth, Map<Long, byte[]> level) {
        Map<Long, byte[]> parents = new LinkedHashMap<>();
        long first = level.keySet().iterator().next();
        byte[] storedLeft = null;
        if (first % 2 == 1) {
            storedLeft = jdbc.sql("select hash from audit_tree_node where algorithm = :algorithm and level = :level "
                            + "and index = :index")
                    .param("algorithm", algorithm.label()).param("level", depth).param("index", first - 1)
                    .query(byte[].class).optional().orElse(null);
        }
        for (Map.Entry<Long, byte[]> node : level.entrySet()) {
            long index = node.getKey();
            if (index % 2 == 0) {
                continue;
            }
            byte[] left = index == first ? storedLeft : level.get(index - 1);
            if (left != null) {
                parents.put(index / 2, MerkleTree.nodeHash(algorithm, left, node.getValue()));
            }
        }
        return parents;
    }

    private void insert(HashAlgorithm algorithm, List<Object[]> rows) {
        int size = rows.size();
        Short[] levels = new Short[size];
        Long[] indexes = new Long[size];
        String[] hashes = new String[size];
        for (int i = 0; i < size; i++) {
            levels[i] = ((Integer) rows.get(i)[0]).shortValue();
            indexes[i] = (Long) rows.get(i)[1];
            hashes[i] = HexFormat.of().formatHex((byte[]) rows.get(i)[2]);
        }
        jdbc.sql("""
                        insert into audit_tree_node (algorithm, level, index, hash)
                        select :algorithm, n.level, n.index, decode(n.hash, 'hex')
                        from unnest(cast(:levels as smallint[]), cast(:indexes as bigint[]), cast(:hashes as text[]))
                             as n(level, index, hash)""")
                .param("algorithm", algorithm.label()).param("levels", levels).param("indexes", indexes)
                .param("hashes", hashes).update();
    }

    /** The leaf data of leaves {@code [from, to)}: the hashes of the entries sealed as {@code from + 1 .. to}. */
    List<byte[]> leafData(long from, long to) {
        return jdbc.sql("select hash from audit_entry where seq > :from and seq <= :to order by seq")
                .param("from", from).param("to", to)
                .query((rs, n) -> HexFormat.of().parseHex(rs.getString(1))).list();
    }

    /**
     * The tree hashes of the ranges of a proof, read in two statements: the stored subtrees they are made of, and the
     * entries of the smaller parts.
     */
    List<byte[]> hashes(HashAlgorithm algorithm, List<MerkleTree.Range> ranges) {
        List<MerkleTree.Range> stored = new ArrayList<>();
        List<Long> leafSeqs = new ArrayList<>();
        for (MerkleTree.Range range : ranges) {
            for (MerkleTree.Range part : MerkleTree.perfectParts(range)) {
                if (part.size() >= STORED_LEVEL_LEAVES) {
                    stored.add(part);
                } else {
                    for (long leaf = part.start(); leaf < part.end(); leaf++) {
                        leafSeqs.add(leaf + 1);
                    }
                }
            }
        }
        Map<MerkleTree.Range, byte[]> known = new HashMap<>();
        if (!stored.isEmpty()) {
            int size = stored.size();
            Short[] levels = new Short[size];
            Long[] indexes = new Long[size];
            for (int i = 0; i < size; i++) {
                MerkleTree.Range part = stored.get(i);
                levels[i] = (short) Long.numberOfTrailingZeros(part.size());
                indexes[i] = part.start() / part.size();
            }
            jdbc.sql("""
                            select n.level, n.index, n.hash from audit_tree_node n
                            join unnest(cast(:levels as smallint[]), cast(:indexes as bigint[])) as w(level, index)
                              on n.level = w.level and n.index = w.index
                            where n.algorithm = :algorithm""")
                    .param("algorithm", algorithm.label()).param("levels", levels).param("indexes", indexes)
                    .query(rs -> {
                        long partSize = 1L << rs.getInt(1);
                        long start = rs.getLong(2) * partSize;
                        known.put(new MerkleTree.Range(start, start + partSize), rs.getBytes(3));
                    });
        }
        Map<Long, byte[]> leafHashes = new HashMap<>();
        if (!leafSeqs.isEmpty()) {
            jdbc.sql("select seq, hash from audit_entry where seq = any(cast(:seqs as bigint[]))")
                    .param("seqs", leafSeqs.toArray(Long[]::new))
                    .query(rs -> {
                        leafHashes.put(rs.getLong(1) - 1, MerkleTree.leafHash(algorithm,
                                HexFormat.of().parseHex(rs.getString(2))));
                    });
        }
        List<byte[]> result = new ArrayList<>(ranges.size());
        for (MerkleTree.Range range : ranges) {
            List<byte[]> parts = new ArrayList<>();
            for (MerkleTree.Range part : MerkleTree.perfectParts(range)) {
                byte[] hash = part.size() >= STORED_LEVEL_LEAVES ? known.get(part) : smallSubtree(algorithm, part,
                        leafHashes);
                if (hash == null) {
                    throw new IllegalStateException("the audit tree has no node for leaves " + part.start() + " to "
                            + (part.end() - 1) + " yet");
                }
                parts.add(hash);
            }
            result.add(MerkleTree.fold(algorithm, parts));
        }
        return result;
    }

    private static byte[] smallSubtree(HashAlgorithm algorithm, MerkleTree.Range part, Map<Long, byte[]> leafHashes) {
        List<byte[]> hashes = new ArrayList<>();
        for (long leaf = part.start(); leaf < part.end(); leaf++) {
            byte[] hash = leafHashes.get(leaf);
            if (hash == null) {
                return null;
            }
            hashes.add(hash);
        }
        return MerkleTree.root(algorithm, hashes);
    }
}
