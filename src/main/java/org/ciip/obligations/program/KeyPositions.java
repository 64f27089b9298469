package org.ciip.obligations.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code key_position} (Art. 15(4)). */
@Repository
class KeyPositions {

    private final JdbcClient jdbc;

    KeyPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean titleTaken(UUID operatorId, String title) {
        return jdbc.sql("select count(*) from key_position where operator_id = :op and lower(title) = lower(:title)")
                .param("op", operatorId).param("title", title).query(Long.class).single() > 0;
    }

    void insert(UUID id, UUID operatorId, String title, String duties, LocalDate identifiedOn, Instant now,
            String by) {
        jdbc.sql("""
                insert into key_position (id, operator_id, title, duties, identified_on, created_at, created_by)
                values (:id, :op, :title, :duties, :on, :now, :by)""")
                .param("id", id).param("op", operatorId).param("title", title).param("duties", duties)
                .param("on", identifiedOn).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** The key positions with who holds each: the person of the latest review for that position. */
    List<PeopleService.KeyPositionView> list(UUID operatorId) {
        return jdbc.sql("""
                select k.*, r.status as review_status, p.name as holder_name, p.id_last4 as holder_last4
                from key_position k
                left join lateral (select * from background_review r where r.operator_id = k.operator_id
                    and lower(r.position) = lower(k.title) order by r.requested_at desc limit 1) r on true
                left join program_person p on p.id = r.person_id
                where k.operator_id = :op order by k.identified_on, k.title""")
                .param("op", operatorId)
                .query((rs, n) -> new PeopleService.KeyPositionView(UUID.fromString(rs.getString("id")),
                        rs.getString("title"), rs.getString("duties"), rs.getObject("identified_on", LocalDate.class),
                        rs.getString("holder_name"), rs.getString("holder_last4"), rs.getString("review_status")))
                .list();
    }
}
