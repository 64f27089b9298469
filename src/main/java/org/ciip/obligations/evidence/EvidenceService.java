package org.ciip.obligations.evidence;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    static final Map<String, String> RECORD_OPERATOR = Map.of(
            "DOCUMENT", "select operator_id from program_document where id = :id",
            "ACTIVITY", "select operator_id from program_activity where id = :id",
            "MEASURE", "select operator_id from asset_measure where id = :id",
            "ASSESSMENT", "select operator_id from assessment where id = :id",
            "FINDING", "select s.operator_id from assessment_finding f join assessment s on s.id = f.assessment_id "
                    + "where f.id = :id",
            "PURCHASE", "select operator_id from purchase where id = :id",
            "AGREEMENT", "select operator_id from supplier_agreement where id = :id",
            "CORPORATE_CHANGE", "select operator_id from corporate_change where id = :id",
            "REVIEW", "select operator_id from background_review where id = :id");

    /** Accepted extensions and the content type each is served with. */
    static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip", "application/zip",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8");

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final DataSize maxSize;

    EvidenceService(JdbcClient jdbc, OperatorAccess access, AuditTrail audit, Clock clock,
            @Value("${ciip.evidence.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
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
        String contentType = TYPES.get(extension);
        if (contentType == null) {
            String types = String.join(", ", TYPES.keySet().stream().sorted().toList());
            throw fileProblem("validation.fileType", "must be one of " + types, types);
        }
        if (!contentMatches(extension, content)) {
            throw fileProblem("validation.fileContent", "does not contain what its extension ." + extension + " says",
                    extension);
        }
        UUID id = UUID.randomUUID();
        String fileName = "evidence-" + id + "." + extension;
        String sha256 = Hashing.sha256Hex(content);
        String storedName = name.length() > 255 ? name.substring(0, 255) : name;
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        jdbc.sql("""
                insert into evidence_file (id, operator_id, record_type, record_id, file_name, original_name,
                    content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                values (:id, :op, :type, :record, :file, :original, :contentType, :size, :sha, :content, :now, :by)""")
                .param("id", id).param("op", operatorId).param("type", recordType).param("record", recordId)
                .param("file", fileName).param("original", storedName)
                .param("contentType", contentType).param("size", (long) content.length).param("sha", sha256)
                .param("content", content).param("now", Timestamp.from(now))
                .param("by", actor.username()).update();
        audit.record("EVIDENCE_UPLOADED", "EvidenceFile", id, Map.of("recordType", recordType,
                "recordId", recordId.toString(), "sha256", sha256, "sizeBytes", content.length));
        return new EvidenceView(id, recordType, recordId, fileName, storedName, contentType, content.length, sha256,
                now, actor.username());
    }

    private static ApiException fileProblem(String code, String message, Object... args) {
        return ApiException.invalid(List.of(new FieldProblem("file", message, null, code, List.of(args))));
    }

    public EvidenceContent file(Actor actor, UUID id) {
        var scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql("select e.* from evidence_file e join organization o on o.id = e.operator_id "
                        + "where e.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id)
                .query((rs, n) -> new EvidenceContent(new EvidenceView(UUID.fromString(rs.getString("id")),
                        rs.getString("record_type"), UUID.fromString(rs.getString("record_id")),
                        rs.getString("file_name"), rs.getString("original_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")), rs.getBytes("content")))
                .optional().orElseThrow(() -> ApiException.notFound("Evidence file " + id));
    }

    /** The evidence of the records of one operator, by record id. */
    public Map<UUID, List<EvidenceView>> forOperator(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql("""
                select id, record_type, record_id, file_name, original_name, content_type, size_bytes, sha256,
                    uploaded_at, uploaded_by
                from evidence_file where operator_id = :op order by uploaded_at""")
                .param("op", operatorId)
                .query((rs, n) -> new EvidenceView(UUID.fromString(rs.getString("id")), rs.getString("record_type"),
                        UUID.fromString(rs.getString("record_id")), rs.getString("file_name"),
                        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list().stream().collect(java.util.stream.Collectors.groupingBy(EvidenceView::recordId));
    }

    private UUID operatorOf(Actor actor, String recordType, UUID recordId) {
        String sql = recordType == null ? null : RECORD_OPERATOR.get(recordType);
        if (sql == null) {
            throw ApiException.invalid("recordType", "must be one of " + String.join(", ",
                    RECORD_OPERATOR.keySet().stream().sorted().toList()));
        }
        if (recordId == null) {
            throw ApiException.invalid("recordId", "is required");
        }
        Optional<UUID> operatorId = jdbc.sql(sql).param("id", recordId).query(UUID.class).optional();
        if (operatorId.isEmpty()) {
            throw ApiException.notFound("Record " + recordId);
        }
        access.readable(actor, operatorId.get());
        return operatorId.get();
    }

    /** Whether the bytes are what the extension says, by their signature (text: UTF-8 without NUL bytes). */
    static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "zip", "docx", "xlsx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04});
            case "txt", "csv" -> isUtf8Text(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
