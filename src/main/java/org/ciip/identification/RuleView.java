package org.ciip.identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An identification rule as the API answers it. */
public record RuleView(UUID id, UUID seriesId, int version, UUID departmentId, String departmentName, String sector,
        String name, String nameEn, RuleDefinition definition, RuleStatus status, Instant submittedAt, Instant filedAt,
        LocalDate mpsRecordDate, String mpsRecordNumber, Instant activatedAt, Instant supersededAt,
        Instant createdAt) {
}
