package org.ciip.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.crypto.ContentEncryption;
import org.ciip.shared.crypto.EncryptedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over what an inspection collects: the operator's documents ({@code inspection_document}), the
 * findings and their rectification ({@code inspection_finding}), failures to cooperate ({@code
 * inspection_non_cooperation}) and the links to reports of fees or brands ({@code inspection_conduct_report}).
 * Callers have checked that the reader may see the inspection.
 */
@Repository
class InspectionFiles implements EncryptedFiles {

    private final JdbcClient jdbc;
    private final ContentEncryption encryption;

    InspectionFiles(JdbcClient jdbc, ContentEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Keeps a document, encrypted at rest with its id as associated data. */
    void insertDocument(UUID id, UUID inspectionId, String fileName, String contentType, byte[] content,
            String sha256, Instant at, String by) {
        ContentEncryption.Sealed sealed = encryption.encrypt(content, id);
        jdbc.sql("""
                insert into inspection_document (id, inspection_id, file_name, content_type, size_bytes, sha256,
                    content, content_cipher, content_key_id, uploaded_at, uploaded_by)
                values (:id, :inspection, :name, :type, :size, :sha, :content, :cipher, :keyId, :at, :by)""")
                .param("id", id).param("inspection", inspectionId).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("sha", sha256).param("content", sealed.bytes())
                .param("cipher", sealed.cipher()).param("keyId", sealed.keyId())
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    @Override
    public int reencrypt(ContentEncryption current, int limit) {
        List<ContentEncryption.StoredFile> stale = jdbc.sql("""
                        select id, content_cipher, content_key_id, content from inspection_document
                        where content_cipher is null or content_cipher <> :cipher or content_key_id <> :keyId
                        limit :limit""")
                .param("cipher", current.cipher().label()).param("keyId", current.currentKeyId())
                .param("limit", limit)
                .query((rs, n) -> new ContentEncryption.StoredFile(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBytes(4)))
                .list();
        return current.moveToCurrent(stale, (file, sealed) -> jdbc.sql("""
                        update inspection_document
                        set content = :content, content_cipher = :cipher, content_key_id = :keyId
                        where id = cast(:id as uuid) and content_cipher is not distinct from :oldCipher
                          and content_key_id is not distinct from :oldKeyId""")
                .param("content", sealed.bytes()).param("cipher", sealed.cipher()).param("keyId", sealed.keyId())
                .param("id", file.id()).param("oldCipher", file.cipher()).param("oldKeyId", file.keyId())
                .update());
    }

    List<InspectionView.Document> documents(UUID inspectionId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
                from inspection_document where inspection_id = :id order by uploaded_at, id""")
                .param("id", inspectionId)
                .query((rs, n) -> new InspectionView.Document(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), Rows.instant(rs, "uploaded_at"),
                        rs.getString(7)))
                .list();
    }

    /** A document's name, type and bytes. */
    record Content(String fileName, String contentType, byte[] bytes) {
    }

    Optional<Content> content(UUID inspectionId, UUID documentId) {
        return jdbc.sql("""
                select file_name, content_type, content, content_cipher, content_key_id from inspection_document
                where id = :doc and inspection_id = :id""")
                .param("doc", documentId).param("id", inspectionId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), encryption.decrypt(rs.getString(4),
                        rs.getString(5), rs.getBytes(3), documentId))).optional();
    }

    List<InspectionView.Finding> findings(UUID inspectionId, LocalDate today) {
        return jdbc.sql("""
                select seq, title, severity, rectify_by, status, recorded_at, rectification, rectified_at, verified_at
                from inspection_finding where inspection_id = :id order by seq""")
                .param("id", inspectionId)
                .query((rs, n) -> {
                    LocalDate by = rs.getObject("rectify_by", LocalDate.class);
                    String status = rs.getString("status");
                    return new InspectionView.Finding(rs.getInt("seq"), rs.getString("title"),
                            rs.getString("severity"), by, status, Rows.instant(rs, "recorded_at"),
                            rs.getString("rectification"), Rows.instant(rs, "rectified_at"),
                            Rows.instant(rs, "verified_at"), status.equals("OPEN") && by.isBefore(today));
                })
                .list();
    }

    /** Appends a finding, its number the next one (under the inspection's row lock the caller holds). */
    int addFinding(UUID inspectionId, String title, String severity, LocalDate rectifyBy, Instant at, String by) {
        return jdbc.sql("""
                insert into inspection_finding (inspection_id, seq, title, severity, rectify_by, status, recorded_at,
                    recorded_by)
                select :id, coalesce(max(seq), 0) + 1, :title, :severity, :rectifyBy, 'OPEN', :at, :by
                from inspection_finding where inspection_id = :id
                returning seq""")
                .param("id", inspectionId).param("title", title).param("severity", severity)
                .param("rectifyBy", rectifyBy).param("at", Timestamp.from(at)).param("by", by)
                .query(Integer.class).single();
    }

    /** Records a rectification of a finding still OPEN; false when it is not. */
    boolean rectify(UUID inspectionId, int seq, String rectification, Instant at, String by) {
        return jdbc.sql("""
                update inspection_finding set status = 'RECTIFIED', rectification = :text, rectified_at = :at,
                    rectified_by = :by
                where inspection_id = :id and seq = :seq and status = 'OPEN'""")
                .param("text", rectification).param("at", Timestamp.from(at)).param("by", by)
                .param("id", inspectionId).param("seq", seq).update() == 1;
    }

    /** Verifies a finding RECTIFIED; false when it is not. */
    boolean verify(UUID inspectionId, int seq, Instant at, String by) {
        return jdbc.sql("""
                update inspection_finding set status = 'VERIFIED', verified_at = :at, verified_by = :by
                where inspection_id = :id and seq = :seq and status = 'RECTIFIED'""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", inspectionId).param("seq", seq)
                .update() == 1;
    }

    List<InspectionView.NonCooperation> nonCooperation(UUID inspectionId) {
        return jdbc.sql("""
                select id, kind, facts, occurred_on, recorded_at, cleared_on, clear_note
                from inspection_non_cooperation where inspection_id = :id order by recorded_at""")
                .param("id", inspectionId)
                .query((rs, n) -> new InspectionView.NonCooperation(UUID.fromString(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        Rows.instant(rs, "recorded_at"), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    void insertNonCooperation(UUID id, UUID inspectionId, UUID operatorId, String kind, String facts,
            LocalDate occurredOn, Instant at, String by) {
        jdbc.sql("""
                insert into inspection_non_cooperation (id, inspection_id, operator_id, kind, facts, occurred_on,
                    recorded_at, recorded_by)
                values (:id, :inspection, :op, :kind, :facts, :on, :at, :by)""")
                .param("id", id).param("inspection", inspectionId).param("op", operatorId).param("kind", kind)
                .param("facts", facts).param("on", occurredOn).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    /** Clears a failure to cooperate not yet cleared; false when it was, or is not the inspection's. */
    boolean clear(UUID inspectionId, UUID recordId, LocalDate on, String note, String by) {
        return jdbc.sql("""
                update inspection_non_cooperation set cleared_on = :on, clear_note = :note, cleared_by = :by
                where id = :record and inspection_id = :id and cleared_on is null and occurred_on <= :on""")
                .param("on", on).param("note", note).param("by", by).param("record", recordId)
                .param("id", inspectionId).update() == 1;
    }

    void linkConductReport(UUID inspectionId, UUID reportId, UUID operatorId) {
        jdbc.sql("""
                insert into inspection_conduct_report (inspection_id, conduct_report_id, operator_id)
                values (:id, :report, :op)""")
                .param("id", inspectionId).param("report", reportId).param("op", operatorId).update();
    }

    /** The reports of fees or brands the operator made from this inspection, for the operator's eyes only. */
    List<UUID> conductReports(UUID inspectionId, UUID operatorId) {
        return jdbc.sql("""
                select conduct_report_id from inspection_conduct_report
                where inspection_id = :id and operator_id = :op""")
                .param("id", inspectionId).param("op", operatorId).query(UUID.class).list();
    }
}
