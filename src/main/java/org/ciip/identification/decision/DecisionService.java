package org.ciip.identification.decision;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.identification.rule.FactorKey;
import org.ciip.identification.rule.RuleEvaluator;
import org.ciip.identification.rule.RuleService;
import org.ciip.identification.rule.RuleView;
import org.ciip.notification.Notice;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identification (Art. 10) and re-certification (Art. 11) decisions. The department rates each criterion of an active
 * rule of its sector, justifies each factor, sees the rule's recommendation and decides; deciding against it needs a
 * reason. The decision sets the asset's CII status, and the operator and MPS are notified in the same transaction.
 */
@Service
public class DecisionService {

    private static final String SELECT = """
            select i.*, a.name as asset_name, op.name as operator_name, d.name as department_name,
                   r.version as rule_version, r.name as rule_name
            from identification i
            join asset a on a.id = i.asset_id
            join organization op on op.id = i.operator_id
            join organization d on d.id = i.department_id
            join identification_rule r on r.id = i.rule_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleService rules;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(JdbcClient jdbc, JsonMapper json, RuleService rules, AssetRegistry assets,
            Organizations organizations, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.rules = rules;
        this.assets = assets;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the rule recommends for these ratings, without deciding anything. */
    public RuleEvaluator.Evaluation preview(Actor actor, UUID ruleId, Map<String, Integer> ratings) {
        RuleView rule = rules.get(actor, ruleId);
        Validation v = new Validation();
        rule.definition().validateRatings(ratings, v, "ratings.");
        v.throwIfInvalid();
        return RuleEvaluator.evaluate(rule.definition(), ratings);
    }

    /** Identifies a candidate asset (Art. 10). */
    @Transactional
    public DecisionView identify(Actor actor, DecisionRequest request) {
        requireDepartment(actor);
        if (request.assetId() == null) {
            throw ApiException.invalid("assetId", "is required");
        }
        AssetSummary asset = assets.visible(actor, request.assetId());
        if (!asset.ciiStatus().equals("CANDIDATE")) {
            throw ApiException.conflict("This asset was already identified (" + asset.ciiStatus()
                    + "); after a change report it is re-certified instead (Art. 11).");
        }
        return decide(actor, "IDENTIFICATION", asset, request, null);
    }

    /** Re-certifies an asset after a change report (Art. 11); called by the change report flow. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionView recertify(Actor actor, UUID assetId, UUID changeReportId, DecisionRequest request) {
        requireDepartment(actor);
        return decide(actor, "RECERTIFICATION", assets.visible(actor, assetId), request, changeReportId);
    }

    private DecisionView decide(Actor actor, String kind, AssetSummary asset, DecisionRequest request,
            UUID changeReportId) {
        if (request.ruleId() == null) {
            throw ApiException.invalid("ruleId", "is required");
        }
        RuleView rule = rules.usable(actor, request.ruleId());
        if (!rule.sector().equals(asset.sector())) {
            throw ApiException.unprocessable("rule-sector-mismatch", "The rule is for sector " + rule.sector()
                    + " but the asset is in " + asset.sector() + ".");
        }
        Validation v = new Validation();
        rule.definition().validateRatings(request.ratings(), v, "ratings.");
        Map<String, String> justifications = request.justifications() == null ? Map.of() : request.justifications();
        for (FactorKey factor : FactorKey.values()) {
            v.requireText(justifications.get(factor.name()), "justifications." + factor.name(), 2000);
        }
        justifications.keySet().stream().filter(k -> java.util.Arrays.stream(FactorKey.values())
                .noneMatch(f -> f.name().equals(k))).forEach(k -> v.add("justifications." + k,
                        "validation.ruleFactorKey", "is not a factor of Art. 9"));
        String decision = request.decision();
        if (!"CII".equals(decision) && !"NOT_CII".equals(decision)) {
            v.add("decision", "validation.decision", "must be CII or NOT_CII");
        }
        v.optionalText(request.reason(), "reason", 4000);
        v.throwIfInvalid();
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(rule.definition(), request.ratings());
        boolean against = !evaluation.recommendation().equals(decision);
        if (against && Validation.isBlank(request.reason())) {
            throw ApiException.invalid("reason", "is required when the decision goes against the rule's "
                    + "recommendation (" + evaluation.recommendation() + ")");
        }

        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                insert into identification (id, kind, asset_id, operator_id, department_id, rule_id, change_report_id,
                    ratings, justifications, recommendation, score, decision, reason, decided_at, decided_by,
                    operator_notified_at, mps_notified_at)
                values (:id, :kind, :asset, :operator, :dept, :rule, :report, cast(:ratings as jsonb),
                    cast(:justifications as jsonb), :recommendation, :score, :decision, :reason, :at, :by, :at, :at)""")
                .param("id", id).param("kind", kind).param("asset", asset.id()).param("operator", asset.operatorId())
                .param("dept", actor.organizationId()).param("rule", rule.id()).param("report", changeReportId)
                .param("ratings", json.writeValueAsString(request.ratings()))
                .param("justifications", json.writeValueAsString(justifications))
                .param("recommendation", evaluation.recommendation())
                .param("score", evaluation.score() == null ? null : BigDecimal.valueOf(evaluation.score()))
                .param("decision", decision).param("reason", Validation.blankToNull(request.reason())).param("at", at)
                .param("by", actor.username()).update();
        String article = kind.equals("IDENTIFICATION") ? "10" : "11";
        assets.setCiiStatus(asset.id(), decision, (kind.equals("IDENTIFICATION") ? "Identification " : "Re-certification ")
                + id + " (Art. " + article + ")");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assetId", asset.id().toString());
        summary.put("ruleId", rule.id().toString());
        summary.put("ruleVersion", rule.version());
        summary.put("recommendation", evaluation.recommendation());
        summary.put("decision", decision);
        summary.put("againstRecommendation", against);
        audit.record(kind.equals("IDENTIFICATION") ? "CII_IDENTIFIED" : "CII_RECERTIFIED", "Identification", id,
                summary);

        List<UUID> recipients = new ArrayList<>(List.of(asset.operatorId()));
        recipients.addAll(organizations.idsOfKind(OrganizationKind.MPS));
        boolean cii = decision.equals("CII");
        String what = kind.equals("IDENTIFICATION") ? "Identification result" : "Re-certification result";
        String whatZh = kind.equals("IDENTIFICATION") ? "认定结果" : "重新认定结果";
        events.publishEvent(new Notice("identification:" + id, recipients, kind.equals("IDENTIFICATION")
                ? "CII_IDENTIFIED" : "CII_RECERTIFIED", article,
                what + ": \"" + asset.name() + "\" of " + asset.operatorName() + " is "
                        + (cii ? "critical information infrastructure" : "not critical information infrastructure"),
                whatZh + "：" + asset.operatorName() + "的“" + asset.name() + "”" + (cii ? "被认定为关键信息基础设施"
                        : "不属于关键信息基础设施"),
                "Decided by " + actor.displayName() + " under rule \"" + rule.name() + "\" v" + rule.version() + ".",
                "由" + actor.displayName() + "依据认定规则《" + rule.name() + "》第" + rule.version() + "版作出。",
                "/identification/decisions/" + id));
        return get(actor, id);
    }

    /** Decisions the actor may see: a department its own, an operator those on its assets, MPS every one. */
    public PageResult<DecisionView> list(Actor actor, UUID assetId, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(actor, params);
        if (assetId != null) {
            where += " and i.asset_id = :assetId";
            params.put("assetId", assetId);
        }
        long total = jdbc.sql("select count(*) from identification i where " + where).params(params)
                .query(Long.class).single();
        List<DecisionView> items = jdbc.sql(SELECT + " where " + where
                        + " order by i.decided_at desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
        return PageResult.of(items, page, total);
    }

    public DecisionView get(Actor actor, UUID id) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(actor, params);
        return jdbc.sql(SELECT + " where i.id = :id and " + where).params(params).param("id", id)
                .query(this::map).optional().orElseThrow(() -> ApiException.notFound("Decision " + id));
    }

    private static String scope(Actor actor, Map<String, Object> params) {
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            params.put("org", actor.organizationId());
            return "(i.department_id = :org)";
        }
        if (actor.is(OrganizationKind.OPERATOR)) {
            params.put("org", actor.organizationId());
            return "(i.operator_id = :org)";
        }
        return actor.is(OrganizationKind.MPS) || actor.jurisdiction().isSystem() ? "(true)" : "(false)";
    }

    private static void requireDepartment(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.forbidden("Only the protection department identifies CII (Art. 10).");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot decide identifications.");
        }
    }


    private DecisionView map(ResultSet rs, int row) throws SQLException {
        return new DecisionView(UUID.fromString(rs.getString("id")), rs.getString("kind"),
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
