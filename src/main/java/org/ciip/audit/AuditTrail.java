package org.ciip.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.audit.chain.AuditChain;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. It joins the caller's transaction (and refuses to run outside one), so a state change and its
 * entry commit together or not at all. The entries of a transaction are written just before it commits, under a
 * transaction-scoped advisory lock that orders the chain without gaps also with several CIIP instances on one
 * database: the lock is then held only for the chain's head, the inserts and the commit, not for the rest of the work.
 */
@Service
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x43494950_41554454L; // "CIIPAUDT"

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper canonicalJson = AuditChain.canonicalMapper();

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change by the current actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, Map<String, ?> summary) {
        record(action, objectType, objectId, summary, null);
    }

    /** Records a change or a read of protected data, with the purpose the actor stated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, Map<String, ?> summary, String purpose) {
        Actor actor = Actors.current();
        pending().add(new Pending(actor.username(), actor.organizationId(), action, objectType,
                objectId == null ? null : objectId.toString(), canonicalJson.writeValueAsString(new TreeMap<>(summary)),
                purpose));
    }

    private List<Pending> pending() {
        PendingEntries entries = (PendingEntries) TransactionSynchronizationManager.getResource(this);
        if (entries == null) {
            entries = new PendingEntries();
            TransactionSynchronizationManager.bindResource(this, entries);
            TransactionSynchronizationManager.registerSynchronization(entries);
        }
        return entries.entries;
    }

    /** Chains and inserts the entries of the committing transaction, in the order they were recorded. */
    private void write(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        record Head(long seq, String hash) {
        }
        // takes the chain's lock, then reads its head (migration V20): one round trip while the lock is held
        Head head = jdbc.sql("select seq, hash from audit_chain_head(:lock)").param("lock", CHAIN_LOCK)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Head(0, AuditChain.GENESIS));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.seq();
        String prev = head.hash();
        for (Pending p : entries) {
            AuditEntry entry = new AuditEntry(++seq, now, p.actor(), p.organizationId(), p.action(), p.objectType(),
                    p.objectId(), p.summary(), p.purpose(), prev, null);
            String hash = AuditChain.hash(entry);
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, actor_organization_id, action, object_type,
                                             object_id, summary, purpose, prev_hash, hash)
                    values (:seq, :at, :actor, :org, :action, :type, :objectId, :summary, :purpose, :prev, :hash)""")
                    .param("seq", entry.seq())
                    .param("at", java.sql.Timestamp.from(now))
                    .param("actor", entry.actor())
                    .param("org", entry.actorOrganizationId())
                    .param("action", entry.action())
                    .param("type", entry.objectType())
                    .param("objectId", entry.objectId())
                    .param("summary", entry.summary())
                    .param("purpose", entry.purpose())
                    .param("prev", prev)
                    .param("hash", hash)
                    .update();
            prev = hash;
        }
    }

    private record Pending(String actor, UUID organizationId, String action, String objectType, String objectId,
            String summary, String purpose) {
    }

    /** The entries a transaction recorded; bound to it, and set aside while an inner transaction suspends it. */
    private final class PendingEntries implements TransactionSynchronization {

        private final List<Pending> entries = new ArrayList<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditTrail.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditTrail.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(entries);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }
}
