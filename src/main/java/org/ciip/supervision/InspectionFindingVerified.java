package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team verified a rectification. */
public record InspectionFindingVerified(UUID inspectionId, List<UUID> to, String number, int seq) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_FINDING_VERIFIED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq);
    }
}
