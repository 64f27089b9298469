package org.ciip.identification;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every SQL statement over {@code identification} (the decisions of Art. 10 and 11), and nothing else. Names of assets
 * and organizations come from the registry's published views.
 */
@Repository
class Identifications {

    private static final String SELECT = """
            select i.*, a.name as asset_name, op.name as operator_name, d.name as department_name,
                   r.version as rule_version, r.name as rule_name
            from identification i
            join registry_asset a on a.id = i.asset_id
            join registry_organization op on op.id = i.operator_id
            join registry_organization d on d.id = i.department_id
            join identification_rule r on r.id = i.rule_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Identifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The decisions an actor may see: a department its own, an operator those on its assets, MPS every one. */
    static SqlPredicate visibleTo(Actor actor) {
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            return new SqlPredicate("i.department_id = :decisionOrganization",
                    Map.of("decisionOrganization", actor.organizationId()));
        }
        if (actor.is(OrganizationKind.OPERATOR)) {
            return new SqlPredicate("i.operator_id = :decisionOrganization",
                    Map.of("decisionOrganization", actor.organizationId()));
        }
        return actor.is(OrganizationKind.MPS) || actor.jurisdiction().isSystem() ? SqlPredicate.ALL
                : SqlPredicate.NONE;
    }

    /** A decision as it is recorded. */
    record NewDecision(UUID id, DecisionKind kind, UUID assetId, UUID operatorId, UUID departmentId, UUID ruleId,
            UUID changeReportId, Map<String, Integer> ratings, Map<String, String> justifications,
            String recommendation, Double score, String decision, String reason, Instant decidedAt, String decidedBy) {
    }

    /** Records a decision; the operator and MPS are notified in the same transaction, so at the same instant. */
    void insert(NewDecision d) {
        Timestamp at = Timestamp.from(d.decidedAt());
        jdbc.sql("""
                insert into identification (id, kind, asset_id, operator_id, department_id, rule_id, change_report_id,
                    ratings, justifications, recommendation, score, decision, reason, decided_at, decided_by,
                    operator_notified_at, mps_notified_at)
                values (:id, :kind, :asset, :operator, :dept, :rule, :report, cast(:ratings as jsonb),
                    cast(:justifications as jsonb), :recommendation, :score, :decision, :reason, :at, :by, :at, :at)""")
                .param("id", d.id()).param("kind", d.kind().name()).param("asset", d.assetId())
                .param("operator", d.operatorId()).param("dept", d.departmentId()).param("rule", d.ruleId())
                .param("report", d.changeReportId()).param("ratings", json.writeValueAsString(d.ratings()))
                .param("justifications", json.writeValueAsString(d.justifications()))
                .param("recommendation", d.recommendation())
                .param("score", d.score() == null ? null : BigDecimal.valueOf(d.score()))
                .param("decision", d.decision()).param("reason", d.reason()).param("at", at).param("by", d.decidedBy())
                .update();
    }

    PageResult<DecisionView> list(Actor actor, UUID assetId, PageQuery page) {
        Where where = Where.within(visibleTo(actor)).equal("i.asset_id", "assetId", assetId);
        long total = jdbc.sql("select count(*) from identification i where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<DecisionView> items = jdbc.sql(SELECT + " where " + where.sql()
                        + " order by i.decided_at desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        return PageResult.of(items, page, total);
    }

    Optional<DecisionView> find(Actor actor, UUID id) {
        SqlPredicate scope = visibleTo(actor);
        return jdbc.sql(SELECT + " where i.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(this::map).optional();
    }

    private DecisionView map(ResultSet rs, int row) throws SQLException {
        return new DecisionView(UUID.fromString(rs.getString("id")), DecisionKind.valueOf(rs.getString("kind")),
                UUID.fromString(rs.getString("asset_id")), rs.getString("asset_name"),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                UUID.fromString(rs.getString("department_id")), rs.getString("department_name"),
                UUID.fromString(rs.getString("rule_id")), rs.getInt("rule_version"), rs.getString("rule_name"),
                Rows.uuid(rs, "change_report_id"),
                json.readValue(rs.getString("ratings"), new TypeReference<Map<String, Integer>>() { }),
                json.readValue(rs.getString("justifications"), new TypeReference<Map<String, String>>() { }),
                rs.getString("recommendation"), rs.getBigDecimal("score"), rs.getString("decision"),
                rs.getString("reason"), rs.getTimestamp("decided_at").toInstant(), rs.getString("decided_by"),
                Rows.instant(rs, "operator_notified_at"), Rows.instant(rs, "mps_notified_at"));
    }
}
