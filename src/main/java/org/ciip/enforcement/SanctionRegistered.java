package org.ciip.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sanction was entered in the register. Modules that keep people in key positions re-check them against it. It
 * carries the ban, not the offence.
 */
public record SanctionRegistered(UUID sanctionId, String idHash, LocalDate barredUntil, boolean barredForLife) {
}
