package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team recorded that the operator cooperated afterwards: the failure no longer counts (Art. 42). */
public record NonCooperationCleared(UUID inspectionId, List<UUID> to, String number, UUID recordId) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "NON_COOPERATION_CLEARED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("record", recordId.toString());
    }
}
