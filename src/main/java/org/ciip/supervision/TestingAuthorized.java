package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every approval of the route was given: the authorization has its number (Art. 31). */
public record TestingAuthorized(UUID authorizationId, List<UUID> to, String title, String number) implements TestingEvent {

    @Override
    public String auditAction() {
        return "TESTING_AUTHORIZED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number);
    }
}
