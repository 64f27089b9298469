package org.ciip.obligations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The operator completed the disposal of its CII after a corporate change, late or within the department's
 * requirements (Art. 21).
 */
public record CorporateChangeCompleted(UUID changeId, UUID operatorId, LocalDate completedOn,
        boolean late) implements CorporateChangeEvent {

    @Override
    public String auditAction() {
        return "CORPORATE_CHANGE_COMPLETED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("completedOn", completedOn.toString(), "late", late);
    }
}
