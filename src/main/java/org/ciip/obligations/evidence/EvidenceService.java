package org.ciip.obligations.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.files.UploadedFiles;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of program records (DESIGN.md §5): limited in size, checked for content against their extension,
 * stored with their SHA-256 and size under a name the server makes, and served as attachments.
 */
@Service
public class EvidenceService {

    /** The records evidence attaches to, each with how to find its operator. */

    /** Accepted extensions and the content type each is served with. */
    private final EvidenceFiles files;
    private final OperatorAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    EvidenceService(EvidenceFiles files, OperatorAccess access, AuditTrail audit, Clock clock,
            @Value("${ciip.evidence.max-size:10MB}") DataSize maxSize) {
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public record EvidenceView(UUID id, String recordType, UUID recordId, String fileName, String originalName,
            String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
    }

    public record EvidenceContent(EvidenceView file, byte[] content) {
    }

    public DataSize maxSize() {
        return maxSize;
    }

    @Transactional
    public EvidenceView upload(Actor actor, String recordType, UUID recordId, String originalName, byte[] content) {
        UUID operatorId = operatorOf(actor, recordType, recordId);
        access.writable(actor, operatorId);
        if (content == null || content.length == 0) {
            throw fileProblem("validation.fileEmpty", "is empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw fileProblem("validation.fileTooLarge", "is larger than the limit of " + maxSize.toKilobytes()
                    + " KB", maxSize.toKilobytes());
        }
        String name = originalName == null ? "" : originalName.trim();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String contentType = UploadedFiles.TYPES.get(extension);
        if (contentType == null) {
            String types = String.join(", ", UploadedFiles.TYPES.keySet().stream().sorted().toList());
            throw fileProblem("validation.fileType", "must be one of " + types, types);
        }
        if (!UploadedFiles.contentMatches(extension, content)) {
            throw fileProblem("validation.fileContent", "does not contain what its extension ." + extension + " says",
                    extension);
        }
        UUID id = UUID.randomUUID();
        String fileName = "evidence-" + id + "." + extension;
        String sha256 = Hashing.sha256Hex(content);
        String storedName = name.length() > 255 ? name.substring(0, 255) : name;
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        EvidenceView file = new EvidenceView(id, recordType, recordId, fileName, storedName, contentType,
                content.length, sha256, now, actor.username());
        files.insert(file, operatorId, content);
        audit.record("EVIDENCE_UPLOADED", "EvidenceFile", id, Map.of("recordType", recordType,
                "recordId", recordId.toString(), "sha256", sha256, "sizeBytes", content.length));
        return file;
    }

    private static ApiException fileProblem(String code, String message, Object... args) {
        return ApiException.invalid(List.of(new FieldProblem("file", message, null, code, List.of(args))));
    }

    public EvidenceContent file(Actor actor, UUID id) {
        return files.find(actor, id).orElseThrow(() -> ApiException.notFound("Evidence file " + id));
    }

    /** The evidence of the records of one operator, by record id. */
    public Map<UUID, List<EvidenceView>> forOperator(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return files.ofOperator(operatorId).stream()
                .collect(java.util.stream.Collectors.groupingBy(EvidenceView::recordId));
    }

    private UUID operatorOf(Actor actor, String recordType, UUID recordId) {
        if (recordType == null || !EvidenceFiles.recordTypes().contains(recordType)) {
            throw ApiException.invalid("recordType", "must be one of " + String.join(", ",
                    EvidenceFiles.recordTypes().stream().sorted().toList()));
        }
        if (recordId == null) {
            throw ApiException.invalid("recordId", "is required");
        }
        Optional<UUID> operatorId = files.operatorOf(recordType, recordId);
        if (operatorId.isEmpty()) {
            throw ApiException.notFound("Record " + recordId);
        }
        access.readable(actor, operatorId.get());
        return operatorId.get();
    }
}
