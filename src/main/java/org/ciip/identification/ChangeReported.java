package org.ciip.identification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An operator reported a major change of a CII asset (Art. 11): its departments ({@code departments}) re-certify it by
 * {@code recertificationDueDate}.
 */
public record ChangeReported(UUID changeReportId, UUID assetId, String assetName, String operatorName,
        String whatChanged, LocalDate changedOn, LocalDate recertificationDueDate, List<UUID> departments)
        implements ChangeReportEvent {

    @Override
    public String auditAction() {
        return "CHANGE_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assetId", assetId.toString());
        summary.put("changedOn", changedOn.toString());
        summary.put("recertificationDueDate", recertificationDueDate.toString());
        return summary;
    }
}
