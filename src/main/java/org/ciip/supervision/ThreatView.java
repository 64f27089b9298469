package org.ciip.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A major-threat report (Art. 18) as its operator and its recipients see it: what was found, on which assets, when it
 * was discovered and reported against the period to report ({@code late} when after it), and what became of it.
 */
public record ThreatView(UUID id, UUID operatorId, String operatorName, String title, String description,
        String indicators, List<UUID> assetIds, Instant discoveredAt, Instant reportedAt, Instant reportDueAt,
        boolean deadlineConfirmed, String reportedBy, ThreatStatus status, Instant acknowledgedAt,
        String acknowledgedBy, UUID warningId, boolean late) {

    /** The report as stored: late when it was reported after its period ran out. */
    static ThreatView of(UUID id, UUID operatorId, String operatorName, String title, String description,
            String indicators, List<UUID> assetIds, Instant discoveredAt, Instant reportedAt, Instant reportDueAt,
            boolean deadlineConfirmed, String reportedBy, ThreatStatus status, Instant acknowledgedAt,
            String acknowledgedBy, UUID warningId) {
        return new ThreatView(id, operatorId, operatorName, title, description, indicators, assetIds, discoveredAt,
                reportedAt, reportDueAt, deadlineConfirmed, reportedBy, status, acknowledgedAt, acknowledgedBy,
                warningId, reportedAt.isAfter(reportDueAt));
    }
}
