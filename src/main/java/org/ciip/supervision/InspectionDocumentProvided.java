package org.ciip.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator provided a document to the inspection team (Art. 28). */
public record InspectionDocumentProvided(UUID inspectionId, List<UUID> to, String number, UUID documentId, String fileName, String sha256) implements InspectionEvent {

    @Override
    public String auditAction() {
        return "INSPECTION_DOCUMENT_PROVIDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("document", documentId.toString(), "sha256", sha256);
    }
}
