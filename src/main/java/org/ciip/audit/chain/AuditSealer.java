package org.ciip.audit.chain;

import java.util.List;
import org.ciip.audit.tree.TreeNodes;
import org.ciip.shared.HashAlgorithm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the audit trail: chains the entries that changes have committed unsealed, in the order of their ids, by the
 * rule of {@link AuditChain}. Each round is one transaction that holds the chain's advisory lock, so that several CIIP
 * instances on one database seal one after the other and the chain has no gaps and no forks. It runs every
 * {@code ciip.audit.seal-every} (one second by default) and before every verification.
 */
@Component
public class AuditSealer {

    static final long CHAIN_LOCK = 0x43494950_41554454L; // "CIIPAUDT"
    static final int ROUND = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final HashAlgorithm algorithm;
    private final TreeNodes tree;
    private final EntryAuthentication authentication;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditSealer.class);

    AuditSealer(JdbcClient jdbc, TransactionTemplate transaction, TreeNodes tree, EntryAuthentication authentication,
            @org.springframework.beans.factory.annotation.Value("${ciip.crypto.suite:INTERNATIONAL}") String suite) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.tree = tree;
        this.authentication = authentication;
        this.algorithm = HashAlgorithm.ofSuite(suite);
    }

    /** How long one scheduled call seals at most before it lets the scheduler's other fixed-delay tasks run. */
    static final java.time.Duration TURN = java.time.Duration.ofSeconds(2);

    @Scheduled(fixedDelayString = "${ciip.audit.seal-every:PT1S}", initialDelayString = "${ciip.audit.seal-every:PT1S}")
    void sealPeriodically() {
        // fixed-delay tasks share the scheduler's one thread (the statutory clocks among them): a backlog of millions
        // is sealed in turns, not in one call
        seal(TURN.toNanos());
    }

    /**
     * Seals every entry committed before this call (and perhaps some committed during it), then adds the subtrees they
     * complete to the Merkle tree (RFC 9162, {@link TreeNodes}); answers how many entries were sealed.
     */
    public long sealAll() {
        return seal(Long.MAX_VALUE);
    }

    /** Seals until nothing is left or {@code forNanos} have passed; answers how many. */
    private long seal(long forNanos) {
        long started = System.nanoTime();
        long sealed = 0;
        int round;
        int added;
        do {
            round = transaction.execute(status -> sealRound());
            sealed += round;
            // the tree follows the chain round by round, so that heads can be signed while a backlog is sealed
            added = transaction.execute(status -> {
                lockChain();
                return tree.extend(algorithm);
            });
        } while ((round == ROUND || added == TreeNodes.EXTEND_AT_MOST) && System.nanoTime() - started < forNanos);
        return sealed;
    }

    private void lockChain() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:lock)) locked").param("lock", CHAIN_LOCK)
                .query(Integer.class).single();
    }

    private int sealRound() {
        lockChain();
        List<Unsealed> unsealed = jdbc.sql("select id, entry_code, " + AuditEntry.COLUMNS
                        + " from audit_entry where seq is null order by id limit :round")
                .param("round", ROUND).query((rs, n) -> new Unsealed(rs.getLong("id"), AuditEntry.read(rs),
                        rs.getString("entry_code"))).list();
        if (unsealed.isEmpty()) {
            return 0;
        }
        for (Unsealed entry : unsealed) {
            // sealed in its place all the same (the chain stays whole), and named by every verification
            if (!authentication.authentic(entry.id(), entry.entry(), entry.code())) {
                log.error("Audit entry {} ({} {} by {}) was not written by CIIP: its authentication code is missing "
                        + "or wrong. Someone with the database's password inserted it.", entry.id(),
                        entry.entry().action(), entry.entry().objectId(), entry.entry().actor());
            }
        }
        AuditEntry head = jdbc.sql("select " + AuditEntry.COLUMNS
                        + " from audit_entry where seq is not null order by seq desc limit 1")
                .query((rs, n) -> AuditEntry.read(rs)).optional().orElse(null);
        long seq = head == null ? 0 : head.seq();
        String previous = head == null ? AuditChain.GENESIS : head.hash();
        int size = unsealed.size();
        Long[] ids = new Long[size];
        Long[] seqs = new Long[size];
        String[] prevHashes = new String[size];
        String[] hashes = new String[size];
        for (int i = 0; i < size; i++) {
            AuditEntry sealed = unsealed.get(i).entry().sealedAs(++seq, previous, algorithm);
            ids[i] = unsealed.get(i).id();
            seqs[i] = sealed.seq();
            prevHashes[i] = sealed.prevHash();
            hashes[i] = sealed.hash();
            previous = sealed.hash();
        }
        int updated = jdbc.sql("""
                        update audit_entry e set seq = s.seq, prev_hash = s.prev_hash, hash = s.hash,
                                                 hash_algorithm = :algorithm
                        from unnest(cast(:ids as bigint[]), cast(:seqs as bigint[]), cast(:prevHashes as text[]),
                                    cast(:hashes as text[])) as s(id, seq, prev_hash, hash)
                        where e.id = s.id and e.seq is null""")
                .param("ids", ids).param("seqs", seqs).param("prevHashes", prevHashes).param("hashes", hashes)
                .param("algorithm", algorithm.label())
                .update();
        if (updated != size) {
            throw new IllegalStateException("sealed " + updated + " of " + size + " audit entries; round rolled back");
        }
        return size;
    }

    /** An entry committed without its place in the chain, and its id, the order in which it is sealed. */
    private record Unsealed(long id, AuditEntry entry, String code) {
    }
}
