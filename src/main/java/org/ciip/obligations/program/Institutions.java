package org.ciip.obligations.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code security_institution} and {@code institution_year} (Art. 14, 16). */
@Repository
class Institutions {

    private final JdbcClient jdbc;

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PeopleService.InstitutionView> find(UUID operatorId) {
        return jdbc.sql("select * from security_institution where operator_id = :id").param("id", operatorId)
                .query((rs, n) -> new PeopleService.InstitutionView(operatorId, rs.getString("name"),
                        rs.getObject("established_on", LocalDate.class), rs.getString("head_name"),
                        rs.getString("reports_to"), rs.getString("members"), rs.getInt("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    void insert(UUID operatorId, PeopleService.InstitutionRequest r, Instant now, String by) {
        jdbc.sql("""
                insert into security_institution (operator_id, name, established_on, head_name, reports_to,
                    members, version, updated_at, updated_by)
                values (:op, :name, :est, :head, :reports, :members, 1, :now, :by)""")
                .param("op", operatorId).param("name", r.name().trim()).param("est", r.establishedOn())
                .param("head", r.headName().trim()).param("reports", r.reportsTo().trim())
                .param("members", r.members().trim()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** Changes the institution if it is still at {@code expectedVersion}; false for a stale version. */
    boolean update(UUID operatorId, PeopleService.InstitutionRequest r, int expectedVersion, Instant now, String by) {
        return jdbc.sql("""
                update security_institution set name = :name, established_on = :est, head_name = :head,
                    reports_to = :reports, members = :members, version = version + 1, updated_at = :now,
                    updated_by = :by
                where operator_id = :op and version = :version""")
                .param("op", operatorId).param("name", r.name().trim()).param("est", r.establishedOn())
                .param("head", r.headName().trim()).param("reports", r.reportsTo().trim())
                .param("members", r.members().trim()).param("now", Timestamp.from(now)).param("by", by)
                .param("version", expectedVersion).update() == 1;
    }

    void recordYear(UUID operatorId, PeopleService.YearRequest r, String note, Instant now, String by) {
        jdbc.sql("""
                insert into institution_year (operator_id, year, budget_cny, staff_count, note, recorded_at, recorded_by)
                values (:op, :year, :budget, :staff, :note, :now, :by)
                on conflict (operator_id, year) do update set budget_cny = excluded.budget_cny,
                    staff_count = excluded.staff_count, note = excluded.note, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by""")
                .param("op", operatorId).param("year", r.year()).param("budget", r.budgetCny())
                .param("staff", r.staffCount()).param("note", note).param("now", Timestamp.from(now))
                .param("by", by).update();
    }

    List<PeopleService.YearView> years(UUID operatorId) {
        return jdbc.sql("select * from institution_year where operator_id = :op order by year desc")
                .param("op", operatorId)
                .query((rs, n) -> new PeopleService.YearView(rs.getInt("year"), rs.getBigDecimal("budget_cny"),
                        rs.getInt("staff_count"), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
