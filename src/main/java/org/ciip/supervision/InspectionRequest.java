package org.ciip.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/inspections}: an inspection or detection (Art. 26-28) of one operator, with its legal
 * basis ({@code 26}, {@code 27} or {@code 28}; by default the one of the planning body's kind), scope (topics and
 * assets), dates and team.
 */
public record InspectionRequest(UUID operatorId, String kind, String legalBasis, String title, List<String> topics,
        List<UUID> assetIds, LocalDate startsOn, LocalDate endsOn, String team) {
}
