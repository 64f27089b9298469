package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team closed the inspection, every finding verified. */
public record InspectionClosed(UUID inspectionId, List<UUID> to, String number, int findings) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_CLOSED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "findings", findings);
    }
}
