package org.ciip.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.ciip.audit.chain.AuditChain;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. It joins the caller's transaction (and refuses to run outside one), so a state change and its
 * entry commit together or not at all. Writers take a transaction-scoped advisory lock, which orders the chain without
 * gaps also with several CIIP instances on one database.
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
    public long record(String action, String objectType, Object objectId, Map<String, ?> summary) {
        return record(action, objectType, objectId, summary, null);
    }

    /** Records a change or a read of protected data, with the purpose the actor stated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String action, String objectType, Object objectId, Map<String, ?> summary, String purpose) {
        Actor actor = Actors.current();
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().listOfRows();
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new Head(0, AuditChain.GENESIS));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, now, actor.username(), actor.organizationId(), action,
                objectType, objectId == null ? null : objectId.toString(),
                canonicalJson.writeValueAsString(new TreeMap<>(summary)), purpose, head.hash(), null);
        String hash = AuditChain.hash(entry);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, actor_organization_id, action, object_type, object_id,
                                         summary, purpose, prev_hash, hash)
                values (:seq, :at, :actor, :org, :action, :type, :objectId, :summary, :purpose, :prev, :hash)""")
                .param("seq", entry.seq())
                .param("at", java.sql.Timestamp.from(now))
                .param("actor", entry.actor())
                .param("org", entry.actorOrganizationId())
                .param("action", action)
                .param("type", objectType)
                .param("objectId", entry.objectId())
                .param("summary", entry.summary())
                .param("purpose", purpose)
                .param("prev", entry.prevHash())
                .param("hash", hash)
                .update();
        return entry.seq();
    }
}
