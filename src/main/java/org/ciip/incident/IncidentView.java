package org.ciip.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;

/** An incident as the API answers it (DESIGN.md §4): its grade and reasons, obligations, versions and receipt. */
public record IncidentView(UUID id, UUID operatorId, String operatorName, String operatorClass, String ruleSet,
        List<AssetRef> assets, Instant discoveredAt, Instant reportedAt, String category, String subcategory,
        String summary, Grade grade, Grade computedGrade, List<GradingGuide.Reason> reasons, String gradeReason,
        boolean gradeBelowComputed, IncidentStatus status, Instant handlingEndedAt, Instant closedAt, boolean late,
        List<Obligation> obligations, List<Recipient> recipients, List<Version> versions, Receipt receipt) {

    public record AssetRef(UUID id, String name, String ciiStatus) {
    }

    public record Obligation(UUID id, String kind, UUID obligedId, String obliged, UUID recipientId, String recipient,
            String recipientKind, Instant dueAt, Instant metAt, ObligationStatus status, String article) {
    }

    public record Recipient(UUID organizationId, String name, String role, Instant receivedAt, Instant acknowledgedAt) {
    }

    /** @param changes the fields this version added or changed relative to the previous one (empty for the first) */
    public record Version(int seq, String kind, Instant submittedAt, String submittedBy, String sha256,
            String content, List<Change> changes) {
    }

    /** A field of a version that differs from the previous version: its old value (null when new) and new value. */
    public record Change(String field, Object from, Object to) {
    }

    /** What a submission answers: its sequence number, instant, and the SHA-256 of its canonical JSON. */
    public record Receipt(int seq, Instant submittedAt, String sha256) {
    }
}
