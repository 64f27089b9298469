package org.ciip.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.ciip.shared.HashAlgorithm;

/**
 * One entry of the trail as stored. {@code summary} is canonical JSON text. An entry not sealed yet has {@code seq} 0
 * and no hashes.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, UUID actorOrganizationId, String action,
        String objectType, String objectId, String summary, String purpose, String prevHash, String hash,
        HashAlgorithm algorithm) {

    /** The columns {@link #read} maps. */
    public static final String COLUMNS = "seq, occurred_at, actor, actor_organization_id, action, object_type, "
            + "object_id, summary, purpose, prev_hash, hash, hash_algorithm";

    /** An entry hashed (or to be hashed) with SHA-256, as every entry was before a deployment could choose SM3. */
    public AuditEntry(long seq, Instant occurredAt, String actor, UUID actorOrganizationId, String action,
            String objectType, String objectId, String summary, String purpose, String prevHash, String hash) {
        this(seq, occurredAt, actor, actorOrganizationId, action, objectType, objectId, summary, purpose, prevHash, hash,
                HashAlgorithm.SHA_256);
    }

    /** The entry of the current row, selected with {@link #COLUMNS}. */
    public static AuditEntry read(ResultSet rs) throws SQLException {
        String org = rs.getString("actor_organization_id");
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                org == null ? null : UUID.fromString(org), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("summary"), rs.getString("purpose"),
                rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("hash_algorithm") == null ? HashAlgorithm.SHA_256
                        : HashAlgorithm.ofLabel(rs.getString("hash_algorithm")));
    }

    /**
     * This entry's content in place {@code seq} of the chain, after the entry whose hash is {@code prevHash}, hashed
     * with {@code algorithm}.
     */
    public AuditEntry sealedAs(long seq, String prevHash, HashAlgorithm algorithm) {
        AuditEntry placed = new AuditEntry(seq, occurredAt, actor, actorOrganizationId, action, objectType, objectId,
                summary, purpose, prevHash, null, algorithm);
        return new AuditEntry(seq, occurredAt, actor, actorOrganizationId, action, objectType, objectId, summary,
                purpose, prevHash, AuditChain.hash(placed), algorithm);
    }
}
