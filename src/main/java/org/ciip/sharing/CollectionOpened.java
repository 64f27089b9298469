package org.ciip.sharing;

import java.util.Map;
import java.util.UUID;

/** CAC opened the national collection, or a protection department its sector's ({@code sector}). */
public record CollectionOpened(UUID collectionId, UUID runBy, String sector, String title) implements SharingEvent {

    @Override
    public String auditAction() {
        return "SHARING_COLLECTION_OPENED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("sector", sector == null ? "NATIONAL" : sector, "title", title);
    }
}
