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

    /**
     * Appends the entries of the committing transaction to the chain, in the order they were recorded: one call each
     * ({@code audit_append}, migration V21), which takes the chain's lock, reads its head and chains the entry by the
     * rule of {@link AuditChain#hash}, so that the lock is held for as short a time as possible.
     */
    private void write(List<Pending> entries) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Pending p : entries) {
            AuditChain.Parts canonical = AuditChain.canonicalParts(new AuditEntry(0, now, p.actor(), p.organizationId(),
                    p.action(), p.objectType(), p.objectId(), p.summary(), p.purpose(), null, null));
            jdbc.sql("""
                    select audit_append(:lock, :at, :actor, :org, :action, :type, :objectId, :summary, :purpose,
                                        :before, :after)""")
                    .param("lock", CHAIN_LOCK)
                    .param("at", java.sql.Timestamp.from(now))
                    .param("actor", p.actor())
                    .param("org", p.organizationId())
                    .param("action", p.action())
                    .param("type", p.objectType())
                    .param("objectId", p.objectId())
                    .param("summary", p.summary())
                    .param("purpose", p.purpose())
                    .param("before", canonical.before())
                    .param("after", canonical.after())
                    .query(Long.class).single();
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
