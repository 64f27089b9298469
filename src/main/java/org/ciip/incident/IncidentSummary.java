package org.ciip.incident;

import java.time.Instant;
import java.util.UUID;
import org.ciip.incident.grading.Grade;

/** One row per incident, as an inbox or a list shows it: its next clock, and when the reader received it. */
public record IncidentSummary(UUID id, String operatorName, String summary, String category, Grade grade,
        boolean gradeBelowComputed, IncidentStatus status, Instant discoveredAt, Instant reportedAt, boolean late,
        Instant nextDueAt, String nextDueKind, Instant receivedAt, Instant acknowledgedAt) {
}
