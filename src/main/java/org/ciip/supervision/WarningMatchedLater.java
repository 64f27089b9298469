package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** An inventory uploaded after a warning was issued matched it: the operator is reached now, on a clock of its own. */
public record WarningMatchedLater(UUID warningId, WarningLevel level, String titleZh, String titleEn,
        Reached reached) implements WarningEvent {

    @Override
    public String auditAction() {
        return "WARNING_MATCHED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operatorId", reached.operatorId().toString(), "assets", reached.matchedAssets());
    }
}
