package org.ciip.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ciip.registry.Sectors;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warnings (Art. 24): a protection department warns the operators of its sectors (of its province, if it has
 * one), CAC or MPS warns nationally. Issuing matches the warning's products against the inventories in its scope;
 * each operator with a matched asset is reached on a clock to acknowledge, and answers per matched asset. An
 * inventory uploaded later is matched against the warnings still to be answered. A sweep marks missed clocks.
 */
@Service
public class EarlyWarnings {

    /** How many matched assets the issuer's view of a warning carries; the rest are a page away. */
    static final int ISSUER_VIEW_ASSETS = 50;

    private final Warnings warnings;
    private final Recipients recipients;
    private final Sectors sectors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EarlyWarnings(Warnings warnings, Recipients recipients, Sectors sectors,
            ApplicationEventPublisher events, Clock clock) {
        this.warnings = warnings;
        this.recipients = recipients;
        this.sectors = sectors;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor's organization may issue warnings: a protection department, CAC or MPS. */
    public static boolean mayIssue(Actor actor) {
        return actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || actor.is(OrganizationKind.CAC)
                || actor.is(OrganizationKind.MPS);
    }

    /** The default periods of each level, with their source and whether a rule confirms them. */
    public List<DefaultDeadline> defaultDeadlines() {
        return warnings.deadlines().stream().map(d -> new DefaultDeadline(d.level(), d.acknowledgeHours(),
                d.respondDays(), d.source(), d.confirmed())).toList();
    }

    public record DefaultDeadline(WarningLevel level, int acknowledgeHours, int respondDays, String source,
            boolean confirmed) {
    }

    @Transactional
    public WarningView issue(Actor actor, WarningRequest request) {
        if (!mayIssue(actor) || !actor.canWrite()) {
            throw ApiException.forbidden("Protection departments, CAC and MPS issue warnings (Art. 24), "
                    + "with a role that may write.");
        }
        Instant now = clock.instant();
        Set<String> known = sectors.all().stream().map(Sectors.Sector::code).collect(Collectors.toSet());
        WarningValidation.Checked checked = WarningValidation.check(actor, request, known, now);
        Warnings.Deadline deadline = warnings.deadlines().stream().filter(d -> d.level() == checked.level())
                .findFirst().orElseThrow();
        Instant acknowledgeDue = request.acknowledgeDueAt() != null ? request.acknowledgeDueAt()
                : now.plus(Duration.ofHours(deadline.acknowledgeHours()));
        Instant respondDue = request.respondDueAt() != null ? request.respondDueAt()
                : now.plus(Duration.ofDays(deadline.respondDays()));
        if (respondDue.isBefore(acknowledgeDue)) {
            throw ApiException.invalid(request.respondDueAt() != null ? "respondDueAt" : "acknowledgeDueAt",
                    "must leave the time to respond after the time to acknowledge");
        }
        UUID id = UUID.randomUUID();
        warnings.insert(new Warnings.Warning(id, actor.organizationId(), null, checked.sectors(), checked.province(),
                checked.level(), checked.threatType(), Validation.blankToNull(request.titleZh()),
                Validation.blankToNull(request.titleEn()), Validation.blankToNull(request.descriptionZh()),
                Validation.blankToNull(request.descriptionEn()), checked.identifiers(), request.actions().trim(),
                acknowledgeDue, respondDue, deadline.version(), Boolean.TRUE.equals(request.informUnmatched()), now,
                actor.username()), checked.products());

        Map<UUID, List<String>> matched = matchedAssetNames(recipients.insertMatches(id, match(id), now));
        recipients.reach(id, matched.keySet(), true, now, acknowledgeDue);
        List<Reached> reached = new ArrayList<>();
        matched.forEach((operator, names) -> reached.add(new Reached(operator, names, acknowledgeDue)));
        if (Boolean.TRUE.equals(request.informUnmatched())) {
            List<UUID> others = warnings.operatorsInScope(id).stream().filter(o -> !matched.containsKey(o)).toList();
            recipients.reach(id, others, false, now, acknowledgeDue);
            others.forEach(o -> reached.add(new Reached(o, List.of(), acknowledgeDue)));
        }
        Warnings.Warning w = warnings.find(id).orElseThrow();
        events.publishEvent(new WarningIssued(id, actor.organizationId(), w.issuerName(), w.level(), w.titleZh(),
                w.titleEn(), respondDue, reached));
        return view(w, true, null);
    }

    /**
     * The components of the warning's scope whose version lies in a range of the product that names them, compared as
     * the product's ecosystem orders versions.
     */
    private List<Recipients.Match> match(UUID warningId) {
        return inRange(warnings.candidates(warningId), warnings.products(warningId));
    }

    /** The candidates whose version lies in a range of the product that names them, as its ecosystem orders. */
    private static List<Recipients.Match> inRange(List<Warnings.Candidate> candidates,
            List<Warnings.Product> products) {
        Map<Integer, Warnings.Product> bySeq = products.stream()
                .collect(Collectors.toMap(Warnings.Product::seq, p -> p));
        List<Recipients.Match> matches = new ArrayList<>();
        for (Warnings.Candidate c : candidates) {
            Warnings.Product p = bySeq.get(c.productSeq());
            if (p.ranges().stream().anyMatch(r -> r.contains(p.ecosystem(), c.version()))) {
                matches.add(new Recipients.Match(c.componentId(), c.assetId(), c.operatorId(), c.productSeq(),
                        c.name(), c.version()));
            }
        }
        return matches;
    }

    /** The names of the assets of each operator among new matches. */
    private Map<UUID, List<String>> matchedAssetNames(List<Recipients.Match> matches) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (matches.isEmpty()) {
            return names;
        }
        Set<UUID> assetIds = matches.stream().map(Recipients.Match::assetId).collect(Collectors.toSet());
        Map<UUID, String> assetNames = recipients.assetNames(assetIds);
        for (Recipients.Match m : matches) {
            List<String> list = names.computeIfAbsent(m.operatorId(), k -> new ArrayList<>());
            String name = assetNames.get(m.assetId());
            if (!list.contains(name)) {
                list.add(name);
            }
        }
        return names;
    }

    /**
     * Matches an asset whose inventory changed against the warnings still to be answered that cover it; an operator
     * reached by a new match is told, on a clock of the warning's period from now.
     */
    @Transactional
    void matchAsset(UUID assetId) {
        Instant now = clock.instant();
        // one search over every warning still to be answered that covers the asset, then the versions compared
        Map<UUID, List<Warnings.Candidate>> byWarning = warnings.candidatesForAsset(assetId, now).stream()
                .collect(Collectors.groupingBy(Warnings.Candidate::warningId));
        if (byWarning.isEmpty()) {
            return;
        }
        Map<UUID, List<Warnings.Product>> products = warnings.products(byWarning.keySet());
        for (Map.Entry<UUID, List<Warnings.Candidate>> entry : byWarning.entrySet()) {
            UUID warningId = entry.getKey();
            List<Recipients.Match> matches = inRange(entry.getValue(), products.get(warningId));
            List<Recipients.Match> fresh = recipients.insertMatches(warningId, matches, now);
            if (fresh.isEmpty()) {
                continue;
            }
            Warnings.Warning w = warnings.find(warningId).orElseThrow();
            Instant due = Recipients.laterDue(w.issuedAt(), w.acknowledgeDueAt(), now);
            matchedAssetNames(fresh).forEach((operator, names) -> {
                recipients.reach(warningId, List.of(operator), true, now, due);
                Instant operatorDue = recipients.find(warningId, operator).orElseThrow().acknowledgeDueAt();
                events.publishEvent(new WarningMatchedLater(warningId, w.level(), w.titleZh(), w.titleEn(),
                        new Reached(operator, names, operatorDue)));
            });
        }
    }

    /** The warning as the actor may see it: its issuer everything, a recipient its own part; 404 for anyone else. */
    public WarningView find(Actor actor, UUID id) {
        Warnings.Warning w = warnings.find(id).orElseThrow(() -> notFound(id));
        if (w.issuerId().equals(actor.organizationId())) {
            return view(w, true, null);
        }
        Recipients.Recipient own = recipients.find(id, actor.organizationId()).orElseThrow(() -> notFound(id));
        return view(w, false, own);
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("Warning " + id);
    }

    /**
     * The warnings the actor's organization issued (an issuer, with their counts) or that reached it (an operator, with
     * its clock), newest first, as summaries without products or matched assets.
     */
    public PageResult<WarningView> list(Actor actor, PageQuery page) {
        return list(actor, null, page);
    }

    /**
     * As {@link #list(Actor, PageQuery)}; for an operator, only the warnings still waiting for it when {@code waiting}
     * names a {@link WarningQueue} (a 400 naming the parameter when it names none).
     */
    public PageResult<WarningView> list(Actor actor, String waiting, PageQuery page) {
        boolean operator = actor.is(OrganizationKind.OPERATOR);
        WarningQueue queue = org.ciip.shared.api.Validation.filter(WarningQueue.class, waiting, "waiting");
        PageResult<Warnings.Warning> found = operator ? warnings.reaching(actor.organizationId(), queue, page)
                : warnings.issuedBy(actor.organizationId(), page);
        // a page of summaries in four statements, whatever its size: the counts and the operator's own clocks are
        // read for all its warnings at once; products and matched assets are on the warning itself
        List<UUID> ids = found.items().stream().map(Warnings.Warning::id).toList();
        Map<UUID, Recipients.Counts> counts = operator ? Map.of() : recipients.countsOf(ids);
        Map<UUID, Recipients.Recipient> own = operator ? recipients.ownOf(ids, actor.organizationId()) : Map.of();
        java.util.Set<WarningLevel> confirmed = confirmedLevels();
        return found.map(w -> build(w, List.of(), counts.get(w.id()), own.get(w.id()), List.of(),
                confirmed.contains(w.level())));
    }

    /** The operators a warning reached, for its issuer (those still to acknowledge first); 404 for anyone else. */
    public PageResult<WarningView.Recipient> recipients(Actor actor, UUID id, PageQuery page) {
        Warnings.Warning w = warnings.find(id).orElseThrow(() -> notFound(id));
        if (!w.issuerId().equals(actor.organizationId())) {
            throw notFound(id);
        }
        return recipients.ofWarning(id, page).map(EarlyWarnings::recipient);
    }

    /** On a day, the matched assets whose answer fixes, mitigates or rules them out, counted up. */
    public record Progress(java.time.LocalDate day, long resolved) {
    }

    /** For the issuer: the assets resolved day by day since the warning was issued; 404 for anyone else. */
    public List<Progress> progress(Actor actor, UUID id) {
        Warnings.Warning w = warnings.find(id).orElseThrow(() -> notFound(id));
        if (!w.issuerId().equals(actor.organizationId())) {
            throw notFound(id);
        }
        return recipients.resolvedByDay(id);
    }

    @Transactional
    public WarningView acknowledge(Actor actor, UUID id) {
        Recipients.Recipient own = ownRecipient(actor, id);
        Instant now = clock.instant();
        RecipientStatus.Step step = own.status().acknowledge(now, own.acknowledgeDueAt());
        // the update names the status it read: of two acknowledgements at once, one writes
        if (!recipients.acknowledge(id, actor.organizationId(), step, now, actor.username())) {
            throw ApiException.conflict("This warning was acknowledged meanwhile.");
        }
        events.publishEvent(new WarningAcknowledged(id, actor.organizationId(),
                step.to() == RecipientStatus.ACKNOWLEDGED_LATE));
        return find(actor, id);
    }

    @Transactional
    public WarningView respond(Actor actor, UUID id, UUID assetId, ResponseRequest request) {
        ownRecipient(actor, id);
        if (recipients.matchedAssets(id, actor.organizationId()).stream().noneMatch(a -> a.assetId().equals(assetId))) {
            throw ApiException.notFound("Matched asset " + assetId);
        }
        Validation v = new Validation();
        ResponseStatus status = null;
        try {
            status = request.status() == null ? null : ResponseStatus.valueOf(request.status().trim());
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (status == null) {
            v.add("status", "validation.oneOf", "must be NOT_AFFECTED, MITIGATED, FIXED or RISK_ACCEPTED",
                    "NOT_AFFECTED, MITIGATED, FIXED, RISK_ACCEPTED");
        } else {
            if (status.needsJustification()) {
                v.requireText(request.justification(), "justification", 2_000);
            }
            if (status == ResponseStatus.RISK_ACCEPTED) {
                v.requireText(request.approvedBy(), "approvedBy", 100);
            }
        }
        v.optionalText(request.justification(), "justification", 2_000);
        v.optionalText(request.approvedBy(), "approvedBy", 100);
        v.optionalText(request.evidence(), "evidence", 2_000);
        if (status == ResponseStatus.FIXED || status == ResponseStatus.MITIGATED) {
            v.requireText(request.evidence(), "evidence", 2_000);
        }
        v.throwIfInvalid();
        recipients.respond(id, assetId, actor.organizationId(), status,
                Validation.blankToNull(request.justification()),
                status == ResponseStatus.RISK_ACCEPTED ? request.approvedBy().trim() : null,
                Validation.blankToNull(request.evidence()), clock.instant(), actor.username());
        events.publishEvent(new WarningResponded(id, actor.organizationId(), assetId, status));
        return find(actor, id);
    }

    private Recipients.Recipient ownRecipient(Actor actor, UUID id) {
        if (!actor.is(OrganizationKind.OPERATOR)) {
            throw notFound(id);
        }
        Recipients.Recipient own = recipients.find(id, actor.organizationId()).orElseThrow(() -> notFound(id));
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot answer warnings.");
        }
        return own;
    }

    /** Marks missed acknowledgements and responses; operator and issuer are told of each. */
    @Transactional
    public int markOverdue() {
        Instant now = clock.instant();
        List<Recipients.Missed> acknowledgements = recipients.markAcknowledgementsOverdue(now);
        acknowledgements.forEach(m -> events.publishEvent(new WarningAcknowledgementMissed(m.warningId(),
                m.operatorId(), m.issuerId(), m.titleZh(), m.titleEn())));
        List<Recipients.Missed> responses = recipients.markResponsesOverdue(now);
        responses.forEach(m -> events.publishEvent(new WarningResponseMissed(m.warningId(), m.operatorId(),
                m.issuerId(), m.titleZh(), m.titleEn(), m.assets())));
        return acknowledgements.size() + responses.size();
    }

    private WarningView view(Warnings.Warning w, boolean issuer, Recipients.Recipient own) {
        List<WarningView.Product> products = warnings.products(w.id()).stream()
                .map(p -> new WarningView.Product(p.id().purlType(), p.id().purlNamespace(), p.id().purlName(),
                        p.id().cpeVendor(), p.id().cpeProduct(), p.ecosystem(), p.ranges()))
                .toList();
        // the issuer's view carries the first page of the matched assets (a national warning may match thousands);
        // matchedAssets(...) pages through them all
        List<WarningView.MatchedAsset> matched = (issuer
                ? recipients.matchedAssets(w.id(), PageQuery.of(0, ISSUER_VIEW_ASSETS, null, java.util.Map.of(),
                        "name")).items()
                : recipients.matchedAssets(w.id(), own.operatorId()))
                .stream().map(EarlyWarnings::matched).toList();
        return build(w, products, issuer ? recipients.counts(w.id()) : null, own, matched,
                confirmedLevels().contains(w.level()));
    }

    private static WarningView build(Warnings.Warning w, List<WarningView.Product> products, Recipients.Counts c,
            Recipients.Recipient own, List<WarningView.MatchedAsset> matched, boolean confirmed) {
        return new WarningView(w.id(), w.issuerId(), w.issuerName(), w.level(), w.threatType(), w.titleZh(),
                w.titleEn(), w.descriptionZh(), w.descriptionEn(), w.identifiers(), products, w.actions(),
                w.sectors(), w.province(), w.issuedAt(), w.acknowledgeDueAt(), w.respondDueAt(), confirmed,
                w.informUnmatched(), c == null ? null : new WarningView.Counts(c.reached(), c.matched(), c.onTime(),
                        c.late(), c.awaiting(), c.overdue(), c.assets(), c.answered(), c.resolved()),
                own == null ? null : recipient(own), matched);
    }

    /** The levels whose default deadlines a rule confirms (none, so far). */
    private java.util.Set<WarningLevel> confirmedLevels() {
        return warnings.deadlines().stream().filter(Warnings.Deadline::confirmed).map(Warnings.Deadline::level)
                .collect(Collectors.toSet());
    }

    private static WarningView.MatchedAsset matched(Recipients.MatchedAsset a) {
        return new WarningView.MatchedAsset(a.assetId(), a.assetName(), a.operatorId(), a.components(), a.status(),
                a.justification(), a.approvedBy(), a.evidence(), a.respondedAt());
    }

    /** For the issuer: the matched assets of its warning, by name, a page at a time; 404 for anyone else. */
    public PageResult<WarningView.MatchedAsset> matchedAssets(Actor actor, UUID id, PageQuery page) {
        Warnings.Warning w = warnings.find(id).orElseThrow(() -> notFound(id));
        if (!w.issuerId().equals(actor.organizationId())) {
            throw notFound(id);
        }
        return recipients.matchedAssets(id, page).map(EarlyWarnings::matched);
    }

    private static WarningView.Recipient recipient(Recipients.Recipient r) {
        return new WarningView.Recipient(r.operatorId(), r.operatorName(), r.matched(), r.status(), r.reachedAt(),
                r.acknowledgeDueAt(), r.acknowledgedAt(), r.responseOverdueAt(), r.assetsMatched(),
                r.assetsAnswered(), r.assetsResolved());
    }
}
