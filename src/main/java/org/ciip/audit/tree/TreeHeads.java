package org.ciip.audit.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.ciip.audit.SignedTreeHead;
import org.ciip.shared.HashAlgorithm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the signed tree heads ({@code audit_tree_head}), which are only ever added. */
@Repository
class TreeHeads {

    private static final String COLUMNS = "tree_size, signed_at, root_hash, algorithm, signature_algorithm, key_id, "
            + "signature";

    private final JdbcClient jdbc;

    TreeHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SignedTreeHead head) {
        jdbc.sql("insert into audit_tree_head (algorithm, tree_size, signed_at, root_hash, signature_algorithm, "
                        + "key_id, signature) values (:algorithm, :size, :at, :root, :signatureAlgorithm, :keyId, "
                        + ":signature)")
                .param("algorithm", head.hashAlgorithm()).param("size", head.treeSize())
                .param("at", Timestamp.from(head.timestamp())).param("root", head.rootHash())
                .param("signatureAlgorithm", head.signatureAlgorithm()).param("keyId", head.keyId())
                .param("signature", head.signature()).update();
    }

    Optional<SignedTreeHead> latest(HashAlgorithm algorithm) {
        return jdbc.sql("select " + COLUMNS + " from audit_tree_head where algorithm = :algorithm "
                        + "order by tree_size desc limit 1")
                .param("algorithm", algorithm.label()).query((rs, n) -> read(rs)).optional();
    }

    Optional<SignedTreeHead> ofSize(HashAlgorithm algorithm, long size) {
        return jdbc.sql("select " + COLUMNS + " from audit_tree_head where algorithm = :algorithm "
                        + "and tree_size = :size")
                .param("algorithm", algorithm.label()).param("size", size).query((rs, n) -> read(rs)).optional();
    }

    /** The heads signed at or after a size, smallest first: a page of the published list. */
    List<SignedTreeHead> page(HashAlgorithm algorithm, long newerThanSize, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_tree_head where algorithm = :algorithm "
                        + "and tree_size > :after order by tree_size limit :limit")
                .param("algorithm", algorithm.label()).param("after", newerThanSize).param("limit", limit)
                .query((rs, n) -> read(rs)).list();
    }

    /** The hash functions of the trees that have signed heads. */
    List<String> algorithms() {
        return jdbc.sql("select distinct algorithm from audit_tree_head order by algorithm").query(String.class)
                .list();
    }

    /** Every head of every tree by size, read a page at a time, so that years of heads need no more memory. */
    java.util.Iterator<SignedTreeHead> all() {
        return new java.util.Iterator<>() {
            private List<SignedTreeHead> page = next(-1, "");
            private int at;

            private List<SignedTreeHead> next(long afterSize, String afterAlgorithm) {
                return jdbc.sql("select " + COLUMNS + " from audit_tree_head where (tree_size, algorithm) > "
                                + "(:size, :algorithm) order by tree_size, algorithm limit 10000")
                        .param("size", afterSize).param("algorithm", afterAlgorithm)
                        .query((rs, n) -> read(rs)).list();
            }

            @Override
            public boolean hasNext() {
                if (at == page.size() && page.size() == 10_000) {
                    SignedTreeHead last = page.getLast();
                    page = next(last.treeSize(), last.hashAlgorithm());
                    at = 0;
                }
                return at < page.size();
            }

            @Override
            public SignedTreeHead next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.get(at++);
            }
        };
    }

    /** Holds, until the transaction ends, the lock that lets one instance sign heads at a time. */
    void lockForSigning() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:lock)) locked").param("lock", AuditTree.HEAD_LOCK)
                .query(Integer.class).single();
    }

    /** What identifies this database, so that the copy of its heads outside it is never mixed with another's. */
    String databaseIdentity() {
        try {
            return jdbc.sql("select (select system_identifier from pg_control_system())::text || '-' "
                    + "|| current_database()").query(String.class).single();
        } catch (RuntimeException e) {
            return jdbc.sql("select current_database()").query(String.class).single();
        }
    }

    private static SignedTreeHead read(ResultSet rs) throws SQLException {
        return new SignedTreeHead(rs.getLong("tree_size"), rs.getTimestamp("signed_at").toInstant(),
                rs.getString("root_hash"), rs.getString("algorithm"), rs.getString("signature_algorithm"),
                rs.getString("key_id"), rs.getString("signature"));
    }
}
