package org.ciip.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What became of an add (the TAXII 2.1 status resource): every object accepted or refused, and why. CIIP handles an add
 * before it answers, so a status is always complete.
 */
public record AddStatus(UUID id, UUID collectionId, Instant requestedAt, Instant completedAt, int totalCount,
        int successCount, int failureCount, List<Outcome> successes, List<Outcome> failures) {

    /** One object of the add: its id and version where it had them, and for a refusal the reasons. */
    public record Outcome(String id, String version, String message) {
    }
}
