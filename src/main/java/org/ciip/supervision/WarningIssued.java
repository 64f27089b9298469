package org.ciip.supervision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A protection department, CAC or MPS issued a warning; it reached {@code reached}. */
public record WarningIssued(UUID warningId, UUID issuerId, String issuerName, WarningLevel level, String titleZh,
        String titleEn, Instant respondDueAt, List<Reached> reached) implements WarningEvent {

    @Override
    public String auditAction() {
        return "WARNING_ISSUED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("level", level.name());
        summary.put("title", titleZh != null ? titleZh : titleEn);
        summary.put("operatorsMatched", reached.stream().filter(Reached::matched).count());
        summary.put("operatorsInformed", reached.stream().filter(r -> !r.matched()).count());
        return summary;
    }
}
