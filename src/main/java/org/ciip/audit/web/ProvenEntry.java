package org.ciip.audit.web;

import java.time.Instant;
import java.util.UUID;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.tree.AuditTree;

/**
 * An entry of the trail with the proof that it is in a signed tree head: what {@code ciip-verify} checks offline. The
 * entry's fields are those its hash covers (docs/audit.md); for the platform administrator, who sees no case content,
 * the summary and the purpose are left out, and only the entry's hash can be checked.
 */
record ProvenEntry(Entry entry, AuditTree.InclusionProof inclusion) {

    record Entry(long seq, Instant occurredAt, String actor, UUID actorOrganizationId, String action,
            String objectType, String objectId, String summary, String purpose, String prevHash, String hash,
            String hashAlgorithm, boolean contentWithheld) {

        static Entry of(AuditEntry e, boolean withheld) {
            return new Entry(e.seq(), e.occurredAt(), e.actor(), e.actorOrganizationId(), e.action(), e.objectType(),
                    e.objectId(), withheld ? null : e.summary(), withheld ? null : e.purpose(), e.prevHash(),
                    e.hash(), e.algorithm().label(), withheld);
        }
    }
}
