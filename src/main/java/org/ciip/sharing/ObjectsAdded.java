package org.ciip.sharing;

import java.util.Map;
import java.util.UUID;

/**
 * Objects were added to a collection (through TAXII, an upload or a form): {@code accepted} of them stored,
 * {@code refused} refused, {@code sightings} of the accepted were sightings (the collection's runner, {@code runBy},
 * hears of those).
 */
public record ObjectsAdded(UUID collectionId, UUID statusId, UUID addedBy, int accepted, int refused, int sightings,
        UUID runBy, String collectionTitle) implements SharingEvent {

    @Override
    public String auditAction() {
        return "SHARING_OBJECTS_ADDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("statusId", statusId.toString(), "accepted", accepted, "refused", refused, "sightings",
                sightings);
    }
}
