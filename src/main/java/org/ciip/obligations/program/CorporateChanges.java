package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code corporate_change} (Art. 21). Transitions name the states they expect. */
@Repository
class CorporateChanges {

    private static final String SELECT = """
            select c.*, o.name as operator_name from corporate_change c
            join registry_organization o on o.id = c.operator_id""";

    private final JdbcClient jdbc;

    CorporateChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, RecordsService.ChangeRequest r, Instant now, String by) {
        jdbc.sql("""
                insert into corporate_change (id, operator_id, kind, description, effective_on, disposal_plan,
                    reported_at, reported_by, status)
                values (:id, :op, :kind, :description, :effective, :plan, :now, :by, 'REPORTED')""")
                .param("id", id).param("op", operatorId).param("kind", r.kind())
                .param("description", r.description().trim()).param("effective", r.effectiveOn())
                .param("plan", r.disposalPlan().trim()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** Sets or revises the requirements until the change is completed; false after a concurrent completion. */
    boolean setRequirements(UUID id, String requirements, LocalDate dueOn, Instant now, String by) {
        return jdbc.sql("""
                update corporate_change set requirements = :req, requirements_due = :due, requirements_set_at = :now,
                    requirements_set_by = :by, status = 'REQUIREMENTS_SET' where id = :id and status <> 'COMPLETED'""")
                .param("req", requirements).param("due", dueOn).param("now", Timestamp.from(now)).param("by", by)
                .param("id", id).update() == 1;
    }

    /** Completes a change whose requirements are set; false when a concurrent completion came first. */
    boolean complete(UUID id, LocalDate completedOn, String note) {
        return jdbc.sql("update corporate_change set status = 'COMPLETED', completed_on = :on, completion_note = :note "
                        + "where id = :id and status = 'REQUIREMENTS_SET'")
                .param("on", completedOn).param("note", note).param("id", id).update() == 1;
    }

    Optional<RecordsService.CorporateChangeView> find(Actor actor, UUID id, LocalDate today) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query((rs, n) -> map(rs, today)).optional();
    }

    List<RecordsService.CorporateChangeView> list(UUID operatorId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.operator_id = :op order by c.reported_at desc").param("op", operatorId)
                .query((rs, n) -> map(rs, today)).list();
    }

    private static RecordsService.CorporateChangeView map(ResultSet rs, LocalDate today) throws SQLException {
        Timestamp set = rs.getTimestamp("requirements_set_at");
        LocalDate due = rs.getObject("requirements_due", LocalDate.class);
        CorporateChangeStatus status = CorporateChangeStatus.valueOf(rs.getString("status"));
        return new RecordsService.CorporateChangeView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"), rs.getString("kind"),
                rs.getString("description"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("disposal_plan"), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("requirements"), due, set == null ? null : set.toInstant(), status,
                rs.getObject("completed_on", LocalDate.class), rs.getString("completion_note"),
                status == CorporateChangeStatus.REQUIREMENTS_SET && due != null && due.isBefore(today));
    }
}
