package org.ciip.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every SQL statement over {@code identification_rule}, and nothing else. Transitions name the state they expect.
 * Department names come from the registry's published view {@code registry_organization}.
 */
@Repository
class IdentificationRules {

    private static final String SELECT = """
            select r.*, o.name as department_name from identification_rule r
            join registry_organization o on o.id = r.department_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdentificationRules(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The rules an actor may see: a department its own, MPS every rule submitted to it; others none. */
    static SqlPredicate visibleTo(Actor actor) {
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            return new SqlPredicate("r.department_id = :ruleOrganization",
                    Map.of("ruleOrganization", actor.organizationId()));
        }
        return actor.is(OrganizationKind.MPS) ? new SqlPredicate("r.status <> 'DRAFT'", Map.of()) : SqlPredicate.NONE;
    }

    List<RuleView> list(Actor actor, RuleStatus status) {
        Where where = Where.within(visibleTo(actor)).equal("r.status", "status", status);
        return jdbc.sql(SELECT + " where " + where.sql() + " order by r.created_at desc").params(where.params())
                .query(this::map).list();
    }

    Optional<RuleView> find(Actor actor, UUID id) {
        SqlPredicate scope = visibleTo(actor);
        return jdbc.sql(SELECT + " where r.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(this::map).optional();
    }

    /** A rule whatever the reader, for showing the decision that used it (whose own scope the caller passed). */
    RuleView find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::map).single();
    }

    Optional<RuleView> ofDepartment(UUID id, UUID department) {
        return jdbc.sql(SELECT + " where r.id = :id and r.department_id = :org").param("id", id)
                .param("org", department).query(this::map).optional();
    }

    int nextVersion(UUID series) {
        return jdbc.sql("select max(version) from identification_rule where series_id = :s").param("s", series)
                .query(Integer.class).single() + 1;
    }

    void insert(UUID id, UUID series, int version, UUID department, RuleFiling.RuleDraft draft, String name,
            String nameEn, Instant now, String by) {
        jdbc.sql("""
                insert into identification_rule (id, series_id, version, department_id, sector, name, name_en,
                                                 definition, status, created_at, created_by)
                values (:id, :series, :version, :dept, :sector, :name, :nameEn, cast(:def as jsonb), 'DRAFT', :now, :by)""")
                .param("id", id).param("series", series).param("version", version).param("dept", department)
                .param("sector", draft.sector()).param("name", name).param("nameEn", nameEn)
                .param("def", json.writeValueAsString(draft.definition())).param("now", Timestamp.from(now))
                .param("by", by).update();
    }

    /** Changes a draft, if it still is one. */
    boolean revise(UUID id, RuleFiling.RuleDraft draft, String name, String nameEn) {
        return jdbc.sql("update identification_rule set sector = :sector, name = :name, name_en = :nameEn, "
                        + "definition = cast(:def as jsonb) where id = :id and status = 'DRAFT'")
                .param("sector", draft.sector()).param("name", name).param("nameEn", nameEn)
                .param("def", json.writeValueAsString(draft.definition())).param("id", id).update() == 1;
    }

    boolean submit(IdentificationRule.Transition t, Instant now) {
        return jdbc.sql("update identification_rule set status = :to, submitted_at = :now "
                        + "where id = :id and status = :from")
                .param("to", t.to().name()).param("now", Timestamp.from(now)).param("id", t.rule())
                .param("from", t.from().name()).update() == 1;
    }

    boolean recordFiling(IdentificationRule.Transition t, Instant now, LocalDate recordDate, String recordNumber,
            String by) {
        return jdbc.sql("update identification_rule set status = :to, filed_at = :now, mps_record_date = :date, "
                        + "mps_record_number = :number, recorded_by = :by where id = :id and status = :from")
                .param("to", t.to().name()).param("now", Timestamp.from(now)).param("date", recordDate)
                .param("number", recordNumber).param("by", by).param("id", t.rule()).param("from", t.from().name())
                .update() == 1;
    }

    boolean activate(IdentificationRule.Transition t, Instant now) {
        return jdbc.sql("update identification_rule set status = :to, activated_at = :now "
                        + "where id = :id and status = :from")
                .param("to", t.to().name()).param("now", Timestamp.from(now)).param("id", t.rule())
                .param("from", t.from().name()).update() == 1;
    }

    /** Supersedes the active versions of a series other than {@code activated}; answers their ids. */
    List<UUID> supersedeActive(UUID series, UUID activated, Instant now) {
        return jdbc.sql("update identification_rule set status = 'SUPERSEDED', superseded_at = :now "
                        + "where series_id = :series and status = 'ACTIVE' and id <> :id returning id")
                .param("now", Timestamp.from(now)).param("series", series).param("id", activated)
                .query(UUID.class).list();
    }

    /** The current state of a rule, as a transition starts from it. */
    Optional<RuleStatus> status(UUID id) {
        return jdbc.sql("select status from identification_rule where id = :id").param("id", id)
                .query(String.class).optional().map(RuleStatus::valueOf);
    }

    private RuleView map(ResultSet rs, int row) throws SQLException {
        return new RuleView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("series_id")),
                rs.getInt("version"), UUID.fromString(rs.getString("department_id")), rs.getString("department_name"),
                rs.getString("sector"), rs.getString("name"), rs.getString("name_en"),
                json.readValue(rs.getString("definition"), RuleDefinition.class),
                RuleStatus.valueOf(rs.getString("status")), Rows.instant(rs, "submitted_at"),
                Rows.instant(rs, "filed_at"), rs.getObject("mps_record_date", LocalDate.class),
                rs.getString("mps_record_number"), Rows.instant(rs, "activated_at"), Rows.instant(rs, "superseded_at"),
                Rows.instant(rs, "created_at"));
    }
}
