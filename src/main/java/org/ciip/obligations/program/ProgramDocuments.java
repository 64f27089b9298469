package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code program_document}: the systems and plans of Art. 13 and 15. */
@Repository
class ProgramDocuments {

    private final JdbcClient jdbc;

    ProgramDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, RecordsService.DocumentRequest r, String summary, Instant now, String by) {
        jdbc.sql("""
                insert into program_document (id, operator_id, kind, title, summary, review_due, created_at, created_by)
                values (:id, :op, :kind, :title, :summary, :due, :now, :by)""")
                .param("id", id).param("op", operatorId).param("kind", r.kind()).param("title", r.title().trim())
                .param("summary", summary).param("due", r.reviewDue()).param("now", Timestamp.from(now))
                .param("by", by).update();
    }

    /** Approves a document not yet approved; false when it was (of two concurrent approvals only the first writes). */
    boolean approve(UUID id, LocalDate on, String by) {
        return jdbc.sql("update program_document set approved_on = :on, approved_by = :by where id = :id "
                        + "and approved_on is null")
                .param("on", on).param("by", by).param("id", id).update() == 1;
    }

    Optional<RecordsService.DocumentView> find(UUID operatorId, UUID id) {
        return jdbc.sql("select * from program_document where id = :id and operator_id = :op").param("id", id)
                .param("op", operatorId).query(ProgramDocuments::map).optional();
    }

    List<RecordsService.DocumentView> list(UUID operatorId) {
        return jdbc.sql("select * from program_document where operator_id = :op order by kind, created_at desc")
                .param("op", operatorId).query(ProgramDocuments::map).list();
    }

    private static RecordsService.DocumentView map(ResultSet rs, int row) throws SQLException {
        return new RecordsService.DocumentView(UUID.fromString(rs.getString("id")), rs.getString("kind"),
                rs.getString("title"), rs.getString("summary"), rs.getObject("review_due", LocalDate.class),
                rs.getObject("approved_on", LocalDate.class), rs.getString("approved_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
