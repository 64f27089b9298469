package org.ciip.identity;

import java.util.UUID;

/** An organization's principal or security officer confirmed or rejected an account the administrator proposed. */
public record AccountDecided(UUID accountId, String username, UUID organizationId, boolean confirmed, String decidedBy,
        String reason) {
}
