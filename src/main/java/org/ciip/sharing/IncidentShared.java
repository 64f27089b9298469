package org.ciip.sharing;

import java.util.Map;
import java.util.UUID;

/**
 * An operator shared one of its incidents with a collection, as a STIX incident or report, named or under the
 * identity of its sector ({@code named} false).
 */
public record IncidentShared(UUID collectionId, UUID incidentId, UUID operatorId, String stixId, Tlp tlp,
        boolean named) implements SharingEvent {

    @Override
    public String auditAction() {
        return "SHARING_INCIDENT_SHARED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("incidentId", incidentId.toString(), "stixId", stixId, "tlp", tlp.name(), "named", named);
    }
}
