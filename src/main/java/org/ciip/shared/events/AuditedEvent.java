package org.ciip.shared.events;

import java.util.Map;

/**
 * A past-tense event of a state transition that the audit trail records. Every module's transition events implement
 * it, and one listener of the audit module writes the entry in the publishing transaction, so that no transition can
 * commit without its entry and no service writes its own.
 */
public interface AuditedEvent {

    /** The action as the trail names it, e.g. {@code INCIDENT_REPORTED}. */
    String auditAction();

    /** The kind of record changed, e.g. {@code Incident}. */
    String auditObjectType();

    /** The id of the record changed. */
    Object auditObjectId();

    /** The facts of the change the trail keeps (never personal identity numbers or document bodies). */
    Map<String, ?> auditSummary();
}
