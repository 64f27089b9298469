package org.ciip.obligations.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.crypto.ContentEncryption;
import org.ciip.shared.crypto.EncryptedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code evidence_file}, and the look-up of the operator a program record belongs to, and
 * nothing else.
 */
@Repository
class EvidenceFiles implements EncryptedFiles {

    /** For each kind of record evidence may be attached to, how to find the operator it belongs to. */
    private static final Map<String, String> RECORD_OPERATOR = Map.of(
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

    private final JdbcClient jdbc;
    private final ContentEncryption encryption;

    EvidenceFiles(JdbcClient jdbc, ContentEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** The kinds of record evidence may be attached to. */
    static Set<String> recordTypes() {
        return RECORD_OPERATOR.keySet();
    }

    /** The operator a record of {@code recordType} belongs to; empty when there is no such record. */
    Optional<UUID> operatorOf(String recordType, UUID recordId) {
        return jdbc.sql(RECORD_OPERATOR.get(recordType)).param("id", recordId).query(UUID.class).optional();
    }

    /** Keeps a file, encrypted at rest with its id as associated data. */
    void insert(EvidenceService.EvidenceView file, UUID operatorId, byte[] content) {
        ContentEncryption.Sealed sealed = encryption.encrypt(content, file.id());
        jdbc.sql("""
                insert into evidence_file (id, operator_id, record_type, record_id, file_name, original_name,
                    content_type, size_bytes, sha256, content, content_cipher, content_key_id, uploaded_at,
                    uploaded_by)
                values (:id, :op, :type, :record, :file, :original, :contentType, :size, :sha, :content, :cipher,
                    :keyId, :now, :by)""")
                .param("id", file.id()).param("op", operatorId).param("type", file.recordType())
                .param("record", file.recordId()).param("file", file.fileName()).param("original", file.originalName())
                .param("contentType", file.contentType()).param("size", file.sizeBytes()).param("sha", file.sha256())
                .param("content", sealed.bytes()).param("cipher", sealed.cipher()).param("keyId", sealed.keyId())
                .param("now", Timestamp.from(file.uploadedAt()))
                .param("by", file.uploadedBy()).update();
    }

    Optional<EvidenceService.EvidenceContent> find(Actor actor, UUID id) {
        var scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql("select e.* from evidence_file e join registry_organization o on o.id = e.operator_id "
                        + "where e.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id)
                .query((rs, n) -> new EvidenceService.EvidenceContent(new EvidenceService.EvidenceView(
                        UUID.fromString(rs.getString("id")), rs.getString("record_type"),
                        UUID.fromString(rs.getString("record_id")), rs.getString("file_name"),
                        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")), encryption.decrypt(rs.getString("content_cipher"),
                        rs.getString("content_key_id"), rs.getBytes("content"), rs.getString("id"))))
                .optional();
    }

    @Override
    public int reencrypt(ContentEncryption current, int limit) {
        List<ContentEncryption.StoredFile> stale = jdbc.sql("""
                        select id, content_cipher, content_key_id, content from evidence_file
                        where content_cipher is null or content_cipher <> :cipher or content_key_id <> :keyId
                        limit :limit""")
                .param("cipher", current.cipher().label()).param("keyId", current.currentKeyId())
                .param("limit", limit)
                .query((rs, n) -> new ContentEncryption.StoredFile(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBytes(4)))
                .list();
        return current.moveToCurrent(stale, (file, sealed) -> jdbc.sql("""
                        update evidence_file
                        set content = :content, content_cipher = :cipher, content_key_id = :keyId
                        where id = cast(:id as uuid) and content_cipher is not distinct from :oldCipher
                          and content_key_id is not distinct from :oldKeyId""")
                .param("content", sealed.bytes()).param("cipher", sealed.cipher()).param("keyId", sealed.keyId())
                .param("id", file.id()).param("oldCipher", file.cipher()).param("oldKeyId", file.keyId())
                .update());
    }

    List<EvidenceService.EvidenceView> ofOperator(UUID operatorId) {
        return jdbc.sql("""
                select id, record_type, record_id, file_name, original_name, content_type, size_bytes, sha256,
                    uploaded_at, uploaded_by
                from evidence_file where operator_id = :op order by uploaded_at""")
                .param("op", operatorId)
                .query((rs, n) -> new EvidenceService.EvidenceView(UUID.fromString(rs.getString("id")),
                        rs.getString("record_type"), UUID.fromString(rs.getString("record_id")),
                        rs.getString("file_name"), rs.getString("original_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list();
    }
}
