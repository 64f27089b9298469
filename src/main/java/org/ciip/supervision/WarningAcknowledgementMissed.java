package org.ciip.supervision;

import java.util.Map;
import java.util.UUID;

/** An operator's clock to acknowledge a warning ran out: the sweep marked it overdue; operator and issuer are told. */
public record WarningAcknowledgementMissed(UUID warningId, UUID operatorId, UUID issuerId, String titleZh,
        String titleEn) implements WarningEvent {

    @Override
    public String auditAction() {
        return "WARNING_ACKNOWLEDGEMENT_MISSED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("operatorId", operatorId.toString());
    }
}
