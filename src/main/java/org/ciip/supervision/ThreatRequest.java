package org.ciip.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A major network security threat as the operator reports it: what, when discovered, which of its assets, indicators. */
public record ThreatRequest(String title, String description, Instant discoveredAt, List<UUID> assetIds,
        String indicators) {
}
