package org.ciip.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The platform administrator created an account in an organization, or reset the password or second factor
 * ({@code reset}: {@code PASSWORD} or {@code SECOND_FACTOR}; null for a new account) of one.
 * {@code confirmingOrganizationId}: the organization whose principal or security officer must confirm it before it signs
 * in (the account's own, or the authority above an organization that has no officer to do it); null where nobody could
 * (a new installation, or the platform's own organization), so that it stands at once, which the organization is told
 * all the same. {@code at}: when it happened.
 */
public record AccountProposed(UUID accountId, String username, String displayName, UUID organizationId,
        List<String> roles, UUID confirmingOrganizationId, String reset, Instant at) {

    public boolean confirmationNeeded() {
        return confirmingOrganizationId != null;
    }

    /** Whether an authority above the organization confirms, rather than the organization itself. */
    public boolean confirmedByAuthority() {
        return confirmingOrganizationId != null && !confirmingOrganizationId.equals(organizationId);
    }
}
