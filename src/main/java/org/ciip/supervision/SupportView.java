package org.ciip.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request for technical support (Art. 29) with its thread, as its requester and its addressee see it. */
public record SupportView(UUID id, UUID requesterId, String requesterName, UUID addresseeId, String addresseeName,
        String subjectKind, UUID subjectId, String title, String description, SupportStatus status,
        Instant requestedAt, String requestedBy, String assignee, Instant acceptedAt, String outcome,
        Instant closedAt, List<Message> messages) {

    /** One message of the thread. */
    public record Message(int seq, UUID organizationId, String organizationName, String author, String body,
            Instant writtenAt) {
    }
}
