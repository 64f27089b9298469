package org.ciip.identification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An identification or re-certification decision with the rule version it used and the notification instants. */
public record DecisionView(UUID id, DecisionKind kind, UUID assetId, String assetName, UUID operatorId, String operatorName,
        UUID departmentId, String departmentName, UUID ruleId, int ruleVersion, String ruleName, UUID changeReportId,
        Map<String, Integer> ratings, Map<String, String> justifications, String recommendation, BigDecimal score,
        String decision, String reason, Instant decidedAt, String decidedBy, Instant operatorNotifiedAt,
        Instant mpsNotifiedAt) {
}
