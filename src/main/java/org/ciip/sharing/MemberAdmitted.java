package org.ciip.sharing;

import java.util.Map;
import java.util.UUID;

/** The collection's runner admitted an organization, or changed how it belongs. */
public record MemberAdmitted(UUID collectionId, UUID organizationId, MemberTier tier, boolean canWrite)
        implements SharingEvent {

    @Override
    public String auditAction() {
        return "SHARING_MEMBER_ADMITTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("organizationId", organizationId.toString(), "tier", tier.name(), "canWrite", canWrite);
    }
}
