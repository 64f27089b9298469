package org.ciip.audit.chain;

import java.time.Instant;
import java.util.UUID;

/** One entry of the trail as stored. {@code summary} is canonical JSON text. */
public record AuditEntry(long seq, Instant occurredAt, String actor, UUID actorOrganizationId, String action,
        String objectType, String objectId, String summary, String purpose, String prevHash, String hash) {
}
