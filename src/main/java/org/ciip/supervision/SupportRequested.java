package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** A step of a request for technical support (Art. 29): the party requested technical support; {@code to} is told. */
public record SupportRequested(UUID requestId, UUID to, String title, String requesterName, String subjectKind) implements SupportEvent {

    @Override
    public String auditAction() {
        return "SUPPORT_REQUESTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("title", title);
    }
}
