package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/**
 * A warning's time to respond ran out while some of an operator's matched assets had no answer; operator and issuer
 * are told.
 */
public record WarningResponseMissed(UUID warningId, UUID operatorId, UUID issuerId, String titleZh, String titleEn,
        long assetsWithoutAnswer) implements WarningEvent {

    @Override
    public String auditAction() {
        return "WARNING_RESPONSE_MISSED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operatorId", operatorId.toString(), "assetsWithoutAnswer", assetsWithoutAnswer);
    }
}
