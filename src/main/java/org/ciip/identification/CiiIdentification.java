package org.ciip.identification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identification (Art. 10) and re-certification (Art. 11) decisions, the module's public API for them. The department
 * rates each criterion of an active rule of its sector, justifies each factor, sees the rule's recommendation and
 * decides; deciding against it needs a reason. The decision sets the asset's CII status; {@link IdentificationDecided}
 * tells the operator and MPS in the same transaction.
 */
@Service
public class CiiIdentification {

    private final Identifications decisions;
    private final RuleFiling rules;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CiiIdentification(Identifications decisions, RuleFiling rules, AssetRegistry assets, Organizations organizations,
            ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.rules = rules;
        this.assets = assets;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** What the rule recommends for these ratings, without deciding anything. */
    public RuleEvaluator.Evaluation preview(Actor actor, UUID ruleId, Map<String, Integer> ratings) {
        RuleView rule = rules.find(actor, ruleId);
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
        return decide(actor, DecisionKind.IDENTIFICATION, asset, request, null);
    }

    /** Re-certifies an asset after a change report (Art. 11); called by the change report flow. */
    @Transactional(propagation = Propagation.MANDATORY)
    DecisionView recertify(Actor actor, UUID assetId, UUID changeReportId, DecisionRequest request) {
        requireDepartment(actor);
        return decide(actor, DecisionKind.RECERTIFICATION, assets.visible(actor, assetId), request, changeReportId);
    }

    private DecisionView decide(Actor actor, DecisionKind kind, AssetSummary asset, DecisionRequest request,
            UUID changeReportId) {
        if (request.ruleId() == null) {
            throw ApiException.invalid("ruleId", "is required");
        }
        RuleView rule = rules.usable(actor, request.ruleId());
        if (!rule.sector().equals(asset.sector())) {
            throw ApiException.unprocessable("rule-sector-mismatch", "The rule is for sector " + rule.sector()
                    + " but the asset is in " + asset.sector() + ".");
        }
        Map<String, String> justifications = request.justifications() == null ? Map.of() : request.justifications();
        validate(rule, request, justifications);
        RuleEvaluator.Evaluation evaluation = RuleEvaluator.evaluate(rule.definition(), request.ratings());
        String decision = request.decision();
        boolean against = !evaluation.recommendation().equals(decision);
        if (against && Validation.isBlank(request.reason())) {
            throw ApiException.invalid("reason", "is required when the decision goes against the rule's "
                    + "recommendation (" + evaluation.recommendation() + ")");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        decisions.insert(new Identifications.NewDecision(id, kind, asset.id(), asset.operatorId(),
                actor.organizationId(), rule.id(), changeReportId, request.ratings(), justifications,
                evaluation.recommendation(), evaluation.score(), decision, Validation.blankToNull(request.reason()),
                now, actor.username()));
        assets.setCiiStatus(asset.id(), decision, (kind == DecisionKind.IDENTIFICATION ? "Identification "
                : "Re-certification ") + id + " (Art. " + kind.article() + ")");
        List<UUID> recipients = new ArrayList<>(List.of(asset.operatorId()));
        recipients.addAll(organizations.idsOfKind(OrganizationKind.MPS));
        events.publishEvent(new IdentificationDecided(id, kind, asset.id(), asset.name(), asset.operatorId(),
                asset.operatorName(), rule.id(), rule.name(), rule.version(), evaluation.recommendation(), decision,
                against, actor.displayName(), recipients));
        return find(actor, id);
    }

    /** Every criterion rated on the rule's levels, every factor of Art. 9 justified, a decision of CII or not. */
    private static void validate(RuleView rule, DecisionRequest request, Map<String, String> justifications) {
        Validation v = new Validation();
        rule.definition().validateRatings(request.ratings(), v, "ratings.");
        for (FactorKey factor : FactorKey.values()) {
            v.requireText(justifications.get(factor.name()), "justifications." + factor.name(), 2000);
        }
        justifications.keySet().stream().filter(k -> Arrays.stream(FactorKey.values())
                .noneMatch(f -> f.name().equals(k))).forEach(k -> v.add("justifications." + k,
                        "validation.ruleFactorKey", "is not a factor of Art. 9"));
        if (!"CII".equals(request.decision()) && !"NOT_CII".equals(request.decision())) {
            v.add("decision", "validation.decision", "must be CII or NOT_CII");
        }
        v.optionalText(request.reason(), "reason", 4000);
        v.throwIfInvalid();
    }

    /** Decisions the actor may see: a department its own, an operator those on its assets, MPS every one. */
    public PageResult<DecisionView> list(Actor actor, UUID assetId, PageQuery page) {
        return decisions.list(actor, assetId, page);
    }

    public DecisionView find(Actor actor, UUID id) {
        return decisions.find(actor, id).orElseThrow(() -> ApiException.notFound("Decision " + id));
    }

    private static void requireDepartment(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.forbidden("Only the protection department identifies CII (Art. 10).");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot decide identifications.");
        }
    }
}
