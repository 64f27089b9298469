package org.ciip.registry.asset;

import java.util.UUID;

/**
 * The body of {@code POST /api/v1/assets} and {@code PATCH /api/v1/assets/{id}}. In a PATCH, absent fields keep their
 * value and {@code version} is required. {@code ciiStatus} is accepted only to refuse it: it is set by identification.
 * {@code basicTelecomNetwork} says whether the asset is part of the basic telecommunications network (Art. 31); absent
 * on creation, it follows the sector (public communication and information services: yes).
 */
public record AssetRequest(UUID operatorId, String name, String kind, String sector, Integer mlpsLevel,
        String coreBusiness, String ciiStatus, Integer version, Boolean basicTelecomNetwork) {
}
