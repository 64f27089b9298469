package org.ciip.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** Who is acting: a signed-in account (by session or API token), or the system itself. */
public record Actor(UUID accountId, String username, String displayName, UUID organizationId,
        OrganizationKind organizationKind, Set<Role> roles, Jurisdiction jurisdiction) implements Serializable {

    public static final Actor SYSTEM = new Actor(null, "system", "CIIP", null, null, Set.of(), Jurisdiction.SYSTEM);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean canWrite() {
        return roles.stream().anyMatch(Role::canWrite);
    }

    public boolean canApprove() {
        return roles.stream().anyMatch(Role::canApprove);
    }

    public boolean is(OrganizationKind kind) {
        return organizationKind == kind;
    }
}
