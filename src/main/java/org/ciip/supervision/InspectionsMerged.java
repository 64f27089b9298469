package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A body merged its inspection into another body's of the same operator, which became a joint inspection (Art. 27). */
public record InspectionsMerged(UUID inspectionId, List<UUID> to, String number, String intoNumber, UUID intoId) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTIONS_MERGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("into", intoNumber);
    }
}
