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

    /**
     * @param sha256 the SHA-256 of the canonical content, always
     * @param hashAlgorithm the algorithm of the receipt's hash: the deployment's suite when the version was received
     * @param hash the canonical content hashed with that algorithm (the SHA-256 again on the international suite)
     * @param changes the fields this version added or changed relative to the previous one (empty for the first)
     */
    public record Version(int seq, String kind, Instant submittedAt, String submittedBy, String sha256,
            String hashAlgorithm, String hash, String content, List<Change> changes) {
    }

    /** A field of a version that differs from the previous version: its old value (null when new) and new value. */
    public record Change(String field, Object from, Object to) {
    }

    /**
     * What a submission answers, signed by the platform (Art. 50 para 2): the incident, the version's sequence number
     * and instant, the SHA-256 of its canonical JSON and its hash with the deployment's suite (SM3 on the national
     * one); the signature (SM2 or ECDSA P-256) covers the canonical JSON of these fields ({@code signedFields}); and
     * the latest signed tree head of the audit trail, to ask later for the proof that the trail only grew since.
     */
    public record Receipt(UUID incidentId, int seq, Instant submittedAt, String sha256, String hashAlgorithm,
            String hash, String signedFields, org.ciip.shared.crypto.DocumentSigner.Signature signature,
            org.ciip.audit.SignedTreeHead auditTreeHead) {
    }
}
