package org.ciip.audit.web;

import java.time.Instant;
import org.ciip.audit.chain.AuditEntry;

/** An entry as the trail is browsed: sealed, with its place in the chain, or not yet ({@code seq} null). */
public record TrailEntry(Long seq, Instant occurredAt, String actor, String action, String objectType,
        String objectId, String summary, String purpose) {

    TrailEntry(Long seq, AuditEntry e) {
        this(seq, e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(), e.summary(), e.purpose());
    }

    /** The entry without the summary and the purpose it records, which may carry case content. */
    TrailEntry withoutContent() {
        return new TrailEntry(seq, occurredAt, actor, action, objectType, objectId, null, null);
    }

    public boolean sealed() {
        return seq != null;
    }
}
