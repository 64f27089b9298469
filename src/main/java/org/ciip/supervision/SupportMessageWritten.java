package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A step of a request for technical support (Art. 29): the party wrote in the thread; {@code to} is told. */
public record SupportMessageWritten(UUID requestId, UUID to, String title, int seq) implements SupportEvent {

    @Override
    public String auditAction() {
        return "SUPPORT_MESSAGE_WRITTEN";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title);
    }
}
