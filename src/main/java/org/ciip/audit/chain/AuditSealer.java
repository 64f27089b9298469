package org.ciip.audit.chain;

import java.sql.Array;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${ciip.audit.seal-every:PT1S}", initialDelayString = "${ciip.audit.seal-every:PT1S}")
    void sealPeriodically() {
        sealAll();
    }

    /** Seals every entry committed before this call (and perhaps some committed during it); answers how many. */
    public long sealAll() {
        long sealed = 0;
        int round;
        do {
            round = transaction.execute(status -> sealRound());
            sealed += round;
        } while (round == ROUND);
        return sealed;
    }

    private int sealRound() {
        jdbc.queryForObject("select 1 from (select pg_advisory_xact_lock(?)) locked", Integer.class, CHAIN_LOCK);
        List<Unsealed> unsealed = jdbc.query("""
                select id, occurred_at, actor, actor_organization_id, action, object_type, object_id, summary, purpose
                from audit_entry where seq is null order by id limit ?""", (rs, n) -> {
            String org = rs.getString("actor_organization_id");
            return new Unsealed(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                    org == null ? null : UUID.fromString(org), rs.getString("action"), rs.getString("object_type"),
                    rs.getString("object_id"), rs.getString("summary"), rs.getString("purpose"));
        }, ROUND);
        if (unsealed.isEmpty()) {
            return 0;
        }
        List<Head> head = jdbc.query("select seq, hash from audit_entry where seq is not null order by seq desc limit 1",
                (rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")));
        long seq = head.isEmpty() ? 0 : head.getFirst().seq();
        String previous = head.isEmpty() ? AuditChain.GENESIS : head.getFirst().hash();
        int size = unsealed.size();
        Long[] ids = new Long[size];
        Long[] seqs = new Long[size];
        String[] prevHashes = new String[size];
        String[] hashes = new String[size];
        for (int i = 0; i < size; i++) {
            Unsealed e = unsealed.get(i);
            seq++;
            AuditEntry sealed = new AuditEntry(seq, e.occurredAt(), e.actor(), e.actorOrganizationId(), e.action(),
                    e.objectType(), e.objectId(), e.summary(), e.purpose(), previous, null);
            ids[i] = e.id();
            seqs[i] = seq;
            prevHashes[i] = previous;
            hashes[i] = AuditChain.hash(sealed);
            previous = hashes[i];
        }
        int updated = jdbc.execute((Connection c) -> {
            Array idArray = c.createArrayOf("bigint", ids);
            Array seqArray = c.createArrayOf("bigint", seqs);
            Array prevArray = c.createArrayOf("text", prevHashes);
            Array hashArray = c.createArrayOf("text", hashes);
            try (var ps = c.prepareStatement("""
                    update audit_entry e set seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
                    from unnest(?, ?, ?, ?) as s(id, seq, prev_hash, hash)
                    where e.id = s.id and e.seq is null""")) {
                ps.setArray(1, idArray);
                ps.setArray(2, seqArray);
                ps.setArray(3, prevArray);
                ps.setArray(4, hashArray);
                return ps.executeUpdate();
            }
        });
        if (updated != size) {
            throw new IllegalStateException("sealed " + updated + " of " + size + " audit entries; round rolled back");
        }
        return size;
    }

    private record Head(long seq, String hash) {
    }

    private record Unsealed(long id, Instant occurredAt, String actor, UUID actorOrganizationId, String action,
            String objectType, String objectId, String summary, String purpose) {
    }
}
