package org.ciip.obligations.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code evidence_file}, and the look-up of the operator a program record belongs to, and
 * nothing else.
 */
@Repository
class EvidenceFiles {

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

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds of record evidence may be attached to. */
    static Set<String> recordTypes() {
        return RECORD_OPERATOR.keySet();
    }

    /** The operator a record of {@code recordType} belongs to; empty when there is no such record. */
    Optional<UUID> operatorOf(String recordType, UUID recordId) {
        return jdbc.sql(RECORD_OPERATOR.get(recordType)).param("id", recordId).query(UUID.class).optional();
    }

    void insert(EvidenceService.EvidenceView file, UUID operatorId, byte[] content) {
        jdbc.sql("""
                insert into evidence_file (id, operator_id, record_type, record_id, file_name, original_name,
                    content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                values (:id, :op, :type, :record, :file, :original, :contentType, :size, :sha, :content, :now, :by)""")
                .param("id", file.id()).param("op", operatorId).param("type", file.recordType())
                .param("record", file.recordId()).param("file", file.fileName()).param("original", file.originalName())
                .param("contentType", file.contentType()).param("size", file.sizeBytes()).param("sha", file.sha256())
                .param("content", content).param("now", Timestamp.from(file.uploadedAt()))
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
                        rs.getString("uploaded_by")), rs.getBytes("content")))
                .optional();
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
