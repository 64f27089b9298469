package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator reported a finding rectified, with its evidence. */
public record InspectionFindingRectified(UUID inspectionId, List<UUID> to, String number, int seq) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_FINDING_RECTIFIED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("seq", seq);
    }
}
