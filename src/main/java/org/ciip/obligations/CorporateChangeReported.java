package org.ciip.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operator reported a merger, division or dissolution with its plan for disposing of the CII (Art. 21); its
 * departments ({@code departments}) are told.
 */
public record CorporateChangeReported(UUID changeId, UUID operatorId, String operatorName, String kind,
        LocalDate effectiveOn, String description, List<UUID> departments) implements CorporateChangeEvent {

    @Override
    public String auditAction() {
        return "CORPORATE_CHANGE_REPORTED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("kind", kind, "effectiveOn", effectiveOn.toString());
    }
}
