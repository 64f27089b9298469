package org.ciip.identification;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The department re-certified the asset of a change report by decision {@code decisionId}, late or in time. */
public record ChangeReportRecertified(UUID changeReportId, UUID decisionId, String decision, LocalDate dueDate,
        boolean late) implements ChangeReportEvent {

    @Override
    public String auditAction() {
        return "CHANGE_REPORT_RECERTIFIED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("decisionId", decisionId.toString(), "decision", decision, "dueDate", dueDate.toString(),
                "late", late);
    }
}
