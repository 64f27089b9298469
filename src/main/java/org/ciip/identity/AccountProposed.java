package org.ciip.identity;

import java.util.List;
import java.util.UUID;

/**
 * The platform administrator created an account in an organization. {@code confirmationNeeded}: the organization's
 * principal or security officer must confirm it before it signs in; otherwise it is the organization's first account
 * and stands at once (there was nobody to confirm it), which the organization is told all the same.
 */
public record AccountProposed(UUID accountId, String username, String displayName, UUID organizationId,
        List<String> roles, boolean confirmationNeeded) {
}
