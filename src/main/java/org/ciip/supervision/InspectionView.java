package org.ciip.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inspection (Art. 26-28) as its bodies, the operator and CAC see it: scope, dates, team, the bodies (a joint
 * inspection has several), the operator's confirmation and attendance, the documents it provided, the findings and
 * their rectification, any failure to cooperate, and the other bodies' inspections it overlaps.
 * {@code overlaps} is empty for the operator; {@code documents} for CAC when it is not one of the bodies;
 * {@code conductReports} (the operator's reports of a fee or a brand, Art. 45) is shown to the operator only.
 */
public record InspectionView(UUID id, String number, UUID operatorId, String operatorName, String kind,
        String legalBasis, String title, List<String> topics, List<Asset> assets, LocalDate startsOn,
        LocalDate endsOn, String team, InspectionStatus status, UUID mergedInto, String mergedIntoNumber,
        List<Body> bodies, Instant plannedAt, String plannedBy, Instant confirmedAt, String confirmedBy,
        String attendees, Instant closedAt, String conclusion, List<Document> documents, List<Finding> findings,
        List<NonCooperation> nonCooperation, List<Overlap> overlaps, List<UUID> conductReports) {

    public record Asset(UUID id, String name) {
    }

    public record Body(UUID id, String name, String kind, String role) {
    }

    public record Document(UUID id, String fileName, String contentType, int sizeBytes, String sha256,
            Instant uploadedAt, String uploadedBy) {
    }

    public record Finding(int seq, String title, String severity, LocalDate rectifyBy, String status,
            Instant recordedAt, String rectification, Instant rectifiedAt, Instant verifiedAt, boolean overdue) {
    }

    public record NonCooperation(UUID id, String kind, String facts, LocalDate occurredOn, Instant recordedAt,
            LocalDate clearedOn, String clearNote) {
    }

    /** Another body's inspection of the same operator that overlaps this one. */
    public record Overlap(UUID id, String number, String bodyNames, LocalDate startsOn, LocalDate endsOn,
            List<String> topics, InspectionStatus status) {
    }

    /** Whether {@code organizationId} is one of the inspecting bodies. */
    public boolean inspectedBy(UUID organizationId) {
        return bodies.stream().anyMatch(b -> b.id().equals(organizationId));
    }
}
