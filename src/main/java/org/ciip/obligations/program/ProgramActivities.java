package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code program_activity} and {@code drill_interval}: drills and training (Art. 15). */
@Repository
class ProgramActivities {

    private final JdbcClient jdbc;

    ProgramActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, RecordsService.ActivityRequest r, String findings, Instant now, String by) {
        jdbc.sql("""
                insert into program_activity (id, operator_id, kind, held_on, title, participants, findings,
                    recorded_at, recorded_by)
                values (:id, :op, :kind, :on, :title, :participants, :findings, :now, :by)""")
                .param("id", id).param("op", operatorId).param("kind", r.kind()).param("on", r.heldOn())
                .param("title", r.title().trim()).param("participants", r.participants().trim())
                .param("findings", findings).param("now", Timestamp.from(now)).param("by", by).update();
    }

    RecordsService.ActivityView find(UUID id) {
        return jdbc.sql("select * from program_activity where id = :id").param("id", id)
                .query(ProgramActivities::map).single();
    }

    /** The operator's drills and trainings, newest first, a page at a time. */
    PageResult<RecordsService.ActivityView> page(UUID operatorId, PageQuery page) {
        long total = jdbc.sql("select count(*) from program_activity where operator_id = :op")
                .param("op", operatorId).query(Long.class).single();
        List<RecordsService.ActivityView> items = jdbc.sql("select * from program_activity where operator_id = :op "
                        + "order by held_on desc, recorded_at desc, id limit :limit offset :offset")
                .param("op", operatorId).param("limit", page.size()).param("offset", page.offset())
                .query(ProgramActivities::map).list();
        return PageResult.of(items, page, total);
    }

    Optional<RecordsService.DrillIntervalView> drillInterval(UUID operatorId) {
        return jdbc.sql("select * from drill_interval where operator_id = :op").param("op", operatorId)
                .query((rs, n) -> new RecordsService.DrillIntervalView(operatorId, rs.getInt("months"),
                        rs.getString("basis"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
                .optional();
    }

    void setDrillInterval(UUID operatorId, int months, String basis, UUID setByOrganization, Instant now,
            String by) {
        jdbc.sql("""
                insert into drill_interval (operator_id, months, basis, set_by_org, set_by, set_at)
                values (:op, :months, :basis, :org, :by, :now)
                on conflict (operator_id) do update set months = excluded.months, basis = excluded.basis,
                    set_by_org = excluded.set_by_org, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("op", operatorId).param("months", months).param("basis", basis)
                .param("org", setByOrganization).param("by", by).param("now", Timestamp.from(now)).update();
    }

    private static RecordsService.ActivityView map(ResultSet rs, int row) throws SQLException {
        return new RecordsService.ActivityView(UUID.fromString(rs.getString("id")), rs.getString("kind"),
                rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("participants"),
                rs.getString("findings"), rs.getTimestamp("recorded_at").toInstant());
    }
}
