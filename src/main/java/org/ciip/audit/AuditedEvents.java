package org.ciip.audit;

import org.ciip.shared.events.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of every transition event, in the transaction that publishes it (the listener runs on the
 * publishing thread, and {@link AuditTrail} refuses to run outside a transaction): a change and its entry commit
 * together or not at all, for every module alike.
 */
@Component
class AuditedEvents {

    private final AuditTrail audit;

    AuditedEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuditedEvent event) {
        audit.record(event.auditAction(), event.auditObjectType(), event.auditObjectId(), event.auditSummary());
    }
}
