package org.ciip.registry;

import java.util.Map;
import java.util.UUID;

/** The platform administrator changed an organization; {@code changes} holds each changed field's before and after. */
public record OrganizationChanged(UUID organizationId, Map<String, ?> changes) implements OrganizationEvent {

    @Override
    public String auditAction() {
        return "ORGANIZATION_CHANGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return changes;
    }
}
