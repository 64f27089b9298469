package org.ciip.identification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identification rules (Art. 9), the module's public API for them. A protection department drafts a rule for one of
 * its sectors and submits it to MPS for filing; MPS records the filing with its record date; the department activates
 * it; a new version supersedes the old one on activation. Each change publishes its past-tense event in its
 * transaction; the audit trail and the notices are written by listeners of those events.
 */
@Service
public class RuleFiling {

    private final IdentificationRules rules;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleFiling(IdentificationRules rules, Organizations organizations, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The body of {@code POST /api/v1/identification-rules}; {@code supersedes} makes it a new version. */
    public record RuleDraft(String sector, String name, String nameEn, RuleDefinition definition, UUID supersedes) {
    }

    /** MPS's record of a filing. */
    public record FilingRecord(LocalDate recordDate, String recordNumber) {
    }

    /**
     * Rules the actor may see: a department its own, MPS every rule submitted to it; others none. {@code status}
     * filters by its name; a name that is none is a 400 naming the parameter.
     */
    public List<RuleView> list(Actor actor, String status) {
        return rules.list(actor, Validation.filter(RuleStatus.class, status, "status"));
    }

    public RuleView find(Actor actor, UUID id) {
        return rules.find(actor, id).orElseThrow(() -> ApiException.notFound("Identification rule " + id));
    }

    @Transactional
    public RuleView draft(Actor actor, RuleDraft draft) {
        requireDepartmentWriter(actor);
        Validation v = validate(actor, draft);
        UUID series = UUID.randomUUID();
        int version = 1;
        if (draft.supersedes() != null) {
            RuleView previous = rules.ofDepartment(draft.supersedes(), actor.organizationId()).orElse(null);
            if (previous == null) {
                v.add("supersedes", "validation.ruleSupersedes", "is not a rule of your department");
            } else {
                series = previous.seriesId();
                version = rules.nextVersion(series);
                if (draft.sector() != null && !draft.sector().equals(previous.sector())) {
                    v.add("sector", "validation.ruleSectorFixed", "must stay the sector of the rule it supersedes");
                }
            }
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        String name = draft.name().trim();
        rules.insert(id, series, version, actor.organizationId(), draft, name, Validation.blankToNull(draft.nameEn()),
                clock.instant(), actor.username());
        events.publishEvent(new IdentificationRuleDrafted(id, series, version, name, draft.sector(),
                draft.definition().method()));
        return find(actor, id);
    }

    /** Changes a draft; a rule that has been submitted can only be changed by a new version. */
    @Transactional
    public RuleView revise(Actor actor, UUID id, RuleDraft draft) {
        requireDepartmentWriter(actor);
        IdentificationRule.of(find(actor, id)).requireDraft();
        validate(actor, draft).throwIfInvalid();
        String name = draft.name().trim();
        // the update names the state it expects: a draft submitted meanwhile is not changed behind the filing
        if (!rules.revise(id, draft, name, Validation.blankToNull(draft.nameEn()))) {
            throw ApiException.conflict("Only a draft can be changed; this one was submitted for filing meanwhile.");
        }
        events.publishEvent(new IdentificationRuleRevised(id, name));
        return find(actor, id);
    }

    /**
     * The department submits the rule to MPS for filing (Art. 9), or MPS records the filing with its record date: one
     * endpoint, as each party sees the step.
     */
    @Transactional
    public RuleView filing(Actor actor, UUID id, FilingRecord record) {
        return actor.is(OrganizationKind.MPS) ? recordFiling(actor, id, record) : submit(actor, id);
    }

    private RuleView submit(Actor actor, UUID id) {
        RuleView rule = find(actor, id);
        requireDepartmentWriter(actor);
        transition(IdentificationRule.of(rule).submit(), IdentificationRule::submit,
                t -> rules.submit(t, clock.instant()));
        events.publishEvent(new IdentificationRuleSubmitted(id, rule.departmentId(), rule.departmentName(),
                rule.name(), rule.version(), organizations.idsOfKind(OrganizationKind.MPS)));
        return find(actor, id);
    }

    private RuleView recordFiling(Actor actor, UUID id, FilingRecord record) {
        RuleView rule = find(actor, id);
        requireWriter(actor);
        IdentificationRule.Transition filing = IdentificationRule.of(rule).recordFiling();
        Instant now = clock.instant();
        Validation v = new Validation();
        LocalDate recordDate = record == null ? null : record.recordDate();
        v.require(recordDate != null, "recordDate", "validation.required", "is required");
        if (recordDate != null && recordDate.isAfter(LocalDate.ofInstant(now, LegalTime.ZONE))) {
            v.add("recordDate", "validation.notInFuture", "cannot be in the future");
        }
        if (record != null) {
            v.optionalText(record.recordNumber(), "recordNumber", 64);
        }
        v.throwIfInvalid();
        String number = Validation.blankToNull(record.recordNumber());
        transition(filing, IdentificationRule::recordFiling,
                t -> rules.recordFiling(t, now, recordDate, number, actor.username()));
        events.publishEvent(new IdentificationRuleFiled(id, rule.departmentId(), rule.name(), rule.version(),
                recordDate, record.recordNumber()));
        return find(actor, id);
    }

    /** Activates a filed rule; the version it supersedes stops being usable. */
    @Transactional
    public RuleView activate(Actor actor, UUID id) {
        requireDepartmentWriter(actor);
        RuleView rule = find(actor, id);
        Instant now = clock.instant();
        // activated first: of two concurrent activations only one passes, and only it supersedes
        transition(IdentificationRule.of(rule).activate(), IdentificationRule::activate,
                t -> rules.activate(t, now));
        List<UUID> superseded = rules.supersedeActive(rule.seriesId(), id, now);
        events.publishEvent(new IdentificationRuleActivated(id, rule.version(), superseded));
        return find(actor, id);
    }

    /**
     * Writes a transition; when a concurrent request moved the rule first, the step is judged again from the state
     * that request left, which refuses it with the 409 a later request would get.
     */
    private void transition(IdentificationRule.Transition transition,
            Function<IdentificationRule, IdentificationRule.Transition> step,
            Function<IdentificationRule.Transition, Boolean> write) {
        if (!write.apply(transition)) {
            step.apply(new IdentificationRule(transition.rule(), rules.status(transition.rule()).orElseThrow()));
            throw ApiException.conflict("The rule changed meanwhile; reload it.");
        }
    }

    /** The rule a decision used, for showing that decision (whose own scope the caller already passed). */
    public RuleView ruleOfDecision(UUID ruleId) {
        return rules.find(ruleId);
    }

    /** An active rule of the department, for deciding with; otherwise 404 (not its rule) or 409 (not usable). */
    RuleView usable(Actor actor, UUID id) {
        RuleView rule = find(actor, id);
        if (rule.status() != RuleStatus.ACTIVE) {
            throw ApiException.conflict("Identification rule \"" + rule.name() + "\" v" + rule.version() + " is "
                    + rule.status() + ": only a rule filed with MPS and activated can be used (Art. 9).");
        }
        return rule;
    }

    private Validation validate(Actor actor, RuleDraft draft) {
        Validation v = new Validation();
        if (Validation.isBlank(draft.sector())) {
            v.add("sector", "validation.required", "is required");
        } else if (!actor.jurisdiction().sectors().contains(draft.sector())) {
            v.add("sector", "validation.ruleSector", "must be one of your department's sectors");
        }
        v.requireText(draft.name(), "name", 200);
        v.optionalText(draft.nameEn(), "nameEn", 200);
        RuleDefinition.validate(draft.definition(), v, "definition.");
        return v;
    }

    private static void requireDepartmentWriter(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.forbidden("Only protection departments write identification rules (Art. 9).");
        }
        requireWriter(actor);
    }

    private static void requireWriter(Actor actor) {
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot change identification rules.");
        }
    }
}
