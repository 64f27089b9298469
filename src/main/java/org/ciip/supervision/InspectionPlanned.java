package org.ciip.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A body planned an inspection of an operator (Art. 26-28): the operator is told ({@code to}), with the statement that
 * no fee is charged and no brand required (Art. 27); the bodies of each overlapping inspection are told of the overlap
 * ({@code overlaps}), and so is the planner.
 */
public record InspectionPlanned(UUID inspectionId, List<UUID> to, String number, UUID plannerId, String plannerName,
        String operatorName, String title, LocalDate startsOn, LocalDate endsOn, List<OverlapNotice> overlaps)
        implements InspectionEvent {

    /** An overlapping inspection and its bodies. */
    public record OverlapNotice(UUID inspectionId, String number, List<UUID> bodies) {
    }

    @Override
    public String auditAction() {
        return "INSPECTION_PLANNED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "overlaps", overlaps.stream().map(OverlapNotice::number).toList());
    }
}
