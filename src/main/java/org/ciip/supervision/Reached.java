package org.ciip.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An operator a warning reached: with the names of its assets that matched (none when it is told for information)
 * and the instant its acknowledgement is due.
 */
public record Reached(UUID operatorId, List<String> matchedAssets, Instant acknowledgeDueAt) {

    public boolean matched() {
        return !matchedAssets.isEmpty();
    }
}
