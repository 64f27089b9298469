package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator confirmed the inspection (Art. 28). */
public record InspectionConfirmed(UUID inspectionId, List<UUID> to, String number) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_CONFIRMED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number);
    }
}
