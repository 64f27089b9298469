package org.ciip.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.audit.chain.AuditChain;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. It joins the caller's transaction (and refuses to run outside one), so a state change and its
 * entry commit together or not at all. The entries of a transaction are written unsealed, in one statement just before
 * it commits, in the order they were recorded; the {@link org.ciip.audit.chain.AuditSealer} chains them after the
 * commit. No writing transaction waits for another one's entries.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final org.ciip.audit.chain.EntryAuthentication authentication;
    private final JsonMapper canonicalJson = AuditChain.canonicalMapper();

    AuditTrail(JdbcTemplate jdbc, Clock clock, org.ciip.audit.chain.EntryAuthentication authentication) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.authentication = authentication;
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

    /**
     * Records what an account did while it was not yet signed in (a step of its own sign-in), with that account as the
     * actor: there is no current actor to take it from.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String username, UUID organizationId, String action, String objectType, Object objectId,
            Map<String, ?> summary) {
        pending().add(new Pending(username, organizationId, action, objectType,
                objectId == null ? null : objectId.toString(), canonicalJson.writeValueAsString(new TreeMap<>(summary)),
                null));
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

    /** Inserts the entries of the committing transaction, unsealed, ids in the order they were recorded. */
    private void write(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        java.time.Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Timestamp now = Timestamp.from(at);
        jdbc.batchUpdate("""
                insert into audit_entry (occurred_at, actor, actor_organization_id, action, object_type, object_id,
                                         summary, purpose, entry_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, p) -> {
            ps.setTimestamp(1, now);
            ps.setString(2, p.actor());
            ps.setObject(3, p.organizationId());
            ps.setString(4, p.action());
            ps.setString(5, p.objectType());
            ps.setString(6, p.objectId());
            ps.setString(7, p.summary());
            ps.setString(8, p.purpose());
            // what CIIP wrote, it vouches for with a key the database does not hold
            ps.setString(9, authentication.code(new org.ciip.audit.chain.AuditEntry(0, at, p.actor(),
                    p.organizationId(), p.action(), p.objectType(), p.objectId(), p.summary(), p.purpose(), null,
                    null)));
        });
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
