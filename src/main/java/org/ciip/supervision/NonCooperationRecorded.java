package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The team recorded that the operator did not cooperate (Art. 28, 42). */
public record NonCooperationRecorded(UUID inspectionId, List<UUID> to, String number, UUID recordId, String kind) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "NON_COOPERATION_RECORDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("record", recordId.toString(), "kind", kind);
    }
}
