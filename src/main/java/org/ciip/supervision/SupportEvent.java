package org.ciip.supervision;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The past-tense events of a request for technical support (Art. 29); each tells the other party ({@code to}) and is
 * audited against the request.
 */
public sealed interface SupportEvent extends AuditedEvent permits SupportRequested, SupportAccepted,
        SupportMessageWritten, SupportClosed {

    UUID requestId();

    /** The organization told of the step: the addressee of a request, the requester of the addressee's steps. */
    UUID to();

    String title();

    @Override
    default String auditObjectType() {
        return "SupportRequest";
    }

    @Override
    default Object auditObjectId() {
        return requestId();
    }
}
