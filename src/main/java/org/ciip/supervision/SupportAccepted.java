package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A step of a request for technical support (Art. 29): the party accepted the request; {@code to} is told. */
public record SupportAccepted(UUID requestId, UUID to, String title, String assignee) implements SupportEvent {

    @Override
    public String auditAction() {
        return "SUPPORT_ACCEPTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title);
    }
}
