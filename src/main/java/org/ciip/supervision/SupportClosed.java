package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A step of a request for technical support (Art. 29): the party closed the request; {@code to} is told. */
public record SupportClosed(UUID requestId, UUID to, String title, String outcome) implements SupportEvent {

    @Override
    public String auditAction() {
        return "SUPPORT_CLOSED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title);
    }
}
