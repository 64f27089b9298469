package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code security_decision} (Art. 16, 39(6)). */
@Repository
class SecurityDecisions {

    private final JdbcClient jdbc;

    SecurityDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, PeopleService.DecisionRequest r, String participant, Instant now,
            String by) {
        jdbc.sql("""
                insert into security_decision (id, operator_id, decided_on, subject, participant, recorded_at, recorded_by)
                values (:id, :op, :on, :subject, :participant, :now, :by)""")
                .param("id", id).param("op", operatorId).param("on", r.decidedOn()).param("subject", r.subject().trim())
                .param("participant", participant).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** The operator's decisions, newest first, a page at a time. */
    PageResult<PeopleService.DecisionView> page(UUID operatorId, PageQuery page) {
        long total = jdbc.sql("select count(*) from security_decision where operator_id = :op")
                .param("op", operatorId).query(Long.class).single();
        List<PeopleService.DecisionView> items = jdbc.sql("select * from security_decision where operator_id = :op "
                        + "order by decided_on desc, recorded_at desc, id limit :limit offset :offset")
                .param("op", operatorId).param("limit", page.size()).param("offset", page.offset())
                .query(SecurityDecisions::map).list();
        return PageResult.of(items, page, total);
    }

    PeopleService.DecisionView find(UUID id) {
        return jdbc.sql("select * from security_decision where id = :id").param("id", id)
                .query(SecurityDecisions::map).single();
    }

    private static PeopleService.DecisionView map(ResultSet rs, int row) throws SQLException {
        return new PeopleService.DecisionView(UUID.fromString(rs.getString("id")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("subject"), rs.getString("participant"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
