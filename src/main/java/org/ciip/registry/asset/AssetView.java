package org.ciip.registry.asset;

import java.time.Instant;
import java.util.UUID;

/** An asset as the API answers it (DESIGN.md §4). */
public record AssetView(UUID id, UUID operatorId, String operatorName, String operatorRegionCode, String name, String kind, String sector,
        int mlpsLevel, String coreBusiness, String ciiStatus, int version, Instant createdAt, Instant updatedAt,
        boolean basicTelecomNetwork) {
}
