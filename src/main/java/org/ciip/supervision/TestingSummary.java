package org.ciip.supervision;

import java.time.Instant;
import java.util.UUID;

/** A testing authorization in a list: its number, parties, status and the span of its windows. */
public record TestingSummary(UUID id, String number, String title, String requesterName, String operatorName,
        TestingRoute route, TestingStatus status, boolean telecom, Instant requestedAt, Instant firstStart,
        Instant lastEnd) {
}
