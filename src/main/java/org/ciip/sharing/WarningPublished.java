package org.ciip.sharing;

import java.util.Map;
import java.util.UUID;

/** An early warning was published to a collection as a STIX bundle, under {@code tlp}. */
public record WarningPublished(UUID collectionId, UUID warningId, UUID statusId, Tlp tlp, int objects)
        implements SharingEvent {

    @Override
    public String auditAction() {
        return "SHARING_WARNING_PUBLISHED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("warningId", warningId.toString(), "tlp", tlp.name(), "objects", objects);
    }
}
