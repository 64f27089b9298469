package org.ciip.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.calendar.LegalCalendars;
import org.ciip.enforcement.CaseRequests.NewCase;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.enforcement.sanction.SanctionService;
import org.ciip.registry.OrganizationSummary;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement cases (Art. 39-43): the competent authority opens a case against an operator (or, under Art. 43, a
 * person or unit) from a compliance fact, a late incident report or by hand; orders a correction by a date with a
 * warning; the operator answers with its correction and evidence; the authority verifies it (closing the case) or finds
 * a refusal; facts of harm are recorded at any time; a penalty decision applies a legal basis chosen by the date of the
 * act, with amounts checked against its ranges, and starts the remedies' clocks.
 */
@Service
public class EnforcementCases {

    /** The longest period an order may give to correct. */
    static final int MAX_DAYS_TO_CORRECT = 365;

    private final Cases cases;
    private final CaseIntake intake;
    private final LegalBases bases;
    private final LegalCalendars calendars;
    private final SanctionService sanctions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementCases(Cases cases, CaseIntake intake, LegalBases bases, LegalCalendars calendars,
            SanctionService sanctions, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.intake = intake;
        this.bases = bases;
        this.calendars = calendars;
        this.sanctions = sanctions;
        this.events = events;
        this.clock = clock;
    }

    /** The articles a case can be opened for. */
    public List<String> articles() {
        return CaseRules.ARTICLES;
    }

    /** Whether the actor's organization is a competent authority for any article (it may open cases). */
    public static boolean mayOpenCases(Actor actor) {
        return actor.canWrite() && CaseRules.ARTICLES.stream()
                .anyMatch(a -> CaseRules.authorities(a).contains(actor.organizationKind()));
    }

    /** Whether the actor's organization is a competent authority for this article (Art. 39-43). */
    public static boolean mayOpen(Actor actor, String article) {
        return actor.canWrite() && CaseRules.authorities(article).contains(actor.organizationKind());
    }

    @Transactional
    public CaseView open(Actor actor, NewCase c) {
        CaseIntake.Admitted admitted = intake.admit(actor, c);
        UUID id = UUID.randomUUID();
        LocalDate today = LegalTime.today(clock);
        String number = cases.nextNumber(today.getYear());
        UUID operatorId = admitted.operator() == null ? null : admitted.operator().id();
        cases.insert(new Cases.NewRow(id, number, actor.organizationId(), operatorId, admitted.respondentName(),
                admitted.respondentKind(), admitted.article(), admitted.sourceKind(), admitted.sourceRef(),
                c.facts().trim(), c.actDate(), clock.instant(), actor.username()), admitted.persons());
        events.publishEvent(new CaseOpened(id, number, actor.organizationId(), operatorId, admitted.article(),
                admitted.sourceKind()));
        return find(actor, id);
    }

    /** The operators the actor's organization may open cases against, by name. */
    public List<OrganizationSummary> operatorsFor(Actor actor) {
        return intake.operatorsFor(actor);
    }


    /** The case, for the authority that opened it, the operator it is against, MPS and CAC; 404 for anyone else. */
    public CaseView find(Actor actor, UUID id) {
        return cases.find(id, actor.jurisdiction(), LegalTime.today(clock))
                .orElseThrow(() -> ApiException.notFound("Enforcement case " + id));
    }

    public PageResult<CaseView> list(Actor actor, String status, String article, UUID operatorId, String q,
            PageQuery page) {
        if (status != null && !status.isBlank()) {
            Validation.filter(CaseStatus.class, status, "status");
        }
        return cases.page(actor.jurisdiction(), new Cases.Filter(Validation.blankToNull(status),
                Validation.blankToNull(article), operatorId, q), LegalTime.today(clock), page);
    }

    /**
     * For each article, the newest case against the operator that the actor may see: what follows each breach on the
     * compliance page.
     */
    public Map<String, CaseView> latestByArticle(Actor actor, UUID operatorId) {
        return cases.latestByArticle(actor.jurisdiction(), operatorId, LegalTime.today(clock));
    }

    @Transactional
    public CaseView order(Actor actor, UUID id, CaseRequests.Order o) {
        CaseView c = authority(actor, id);
        if (!CaseRules.ordersCorrection(c.article())) {
            throw ApiException.conflict("Art. 43 is decided without an order to correct.");
        }
        CaseStatus.Step step = c.status().order();
        Validation v = new Validation();
        v.requireText(o.requirements(), "requirements", 10_000);
        if (o.correctWithinDays() == null) {
            v.add("correctWithinDays", "validation.required", "is required");
        } else if (o.correctWithinDays() < 1 || o.correctWithinDays() > MAX_DAYS_TO_CORRECT) {
            v.add("correctWithinDays", "validation.range", "must be from 1 to " + MAX_DAYS_TO_CORRECT + " days", 1,
                    MAX_DAYS_TO_CORRECT);
        }
        v.throwIfInvalid();
        boolean warned = !Boolean.FALSE.equals(o.warning());
        if (!warned && !c.article().startsWith("41")) {
            // Art. 39, 40 and 42 order a correction and give a warning together; Art. 41 orders a correction only.
            warned = true;
        }
        LocalDate correctBy = calendars.daysFrom(LegalTime.today(clock), o.correctWithinDays()).endDate();
        if (!cases.order(id, step, o.requirements().trim(), correctBy, warned, clock.instant(), actor.username())) {
            throw ApiException.conflict("This case changed meanwhile.");
        }
        events.publishEvent(new CorrectionOrdered(id, c.number(), c.authorityId(), c.operatorId(), c.article(),
                correctBy, warned));
        return find(actor, id);
    }

    @Transactional
    public CaseView answer(Actor actor, UUID id, CaseRequests.Answer a) {
        CaseView c = find(actor, id);
        if (c.operatorId() == null || !c.operatorId().equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("The operator's own staff answer an order to correct.");
        }
        CaseStatus.Step step = c.status().answer();
        Validation v = new Validation();
        v.requireText(a.correction(), "correction", 10_000);
        v.requireText(a.evidence(), "evidence", 10_000);
        v.throwIfInvalid();
        if (!cases.answer(id, step, a.correction().trim(), a.evidence().trim(), clock.instant(), actor.username())) {
            throw ApiException.conflict("This case changed meanwhile.");
        }
        events.publishEvent(new CorrectionReported(id, c.number(), c.authorityId(), c.operatorId(), c.article()));
        return find(actor, id);
    }

    @Transactional
    public CaseView verify(Actor actor, UUID id, CaseRequests.Verification verification) {
        CaseView c = authority(actor, id);
        String outcome = verification.outcome() == null ? "" : verification.outcome().trim().toUpperCase(Locale.ROOT);
        Validation v = new Validation();
        if (!Set.of("CORRECTED", "REFUSED").contains(outcome)) {
            v.add("outcome", "validation.oneOf", "must be CORRECTED or REFUSED", "CORRECTED, REFUSED");
        }
        if (outcome.equals("REFUSED")) {
            v.requireText(verification.note(), "note", 5_000);
        } else {
            v.optionalText(verification.note(), "note", 5_000);
        }
        v.throwIfInvalid();
        String note = Validation.blankToNull(verification.note());
        note = note == null ? null : note.trim();
        Instant now = clock.instant();
        if (outcome.equals("CORRECTED")) {
            CaseStatus.Step step = c.status().verify();
            if (!cases.verify(id, step, note, now, actor.username())) {
                throw ApiException.conflict("This case changed meanwhile.");
            }
            events.publishEvent(new CorrectionVerified(id, c.number(), c.authorityId(), c.operatorId(), c.article()));
        } else {
            boolean passed = c.correctionOverdue();
            CaseStatus.Step step = c.status().findRefusal(passed);
            if (!cases.refuse(id, step, note, now)) {
                throw ApiException.conflict("This case changed meanwhile.");
            }
            events.publishEvent(new RefusalFound(id, c.number(), c.authorityId(), c.operatorId(), c.article(),
                    passed));
        }
        return find(actor, id);
    }

    @Transactional
    public CaseView recordHarm(Actor actor, UUID id, CaseRequests.Harm harm) {
        CaseView c = authority(actor, id);
        if (c.closed()) {
            throw ApiException.conflict("This case is closed (" + c.status().name().toLowerCase() + ").");
        }
        Validation v = new Validation();
        Ground severity = null;
        try {
            severity = harm.severity() == null ? null : Ground.valueOf(harm.severity().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            severity = null;
        }
        if (severity == null || severity == Ground.NONE) {
            v.add("severity", "validation.oneOf",
                    "must be REFUSAL_OR_HARM, SERIOUS_HARM or ESPECIALLY_SERIOUS_HARM",
                    "REFUSAL_OR_HARM, SERIOUS_HARM, ESPECIALLY_SERIOUS_HARM");
        }
        v.requireText(harm.description(), "description", 10_000);
        v.throwIfInvalid();
        int seq = cases.addHarm(id, severity, harm.description().trim(), clock.instant(), actor.username());
        events.publishEvent(new HarmRecorded(id, c.number(), c.authorityId(), c.operatorId(), c.article(), seq,
                severity));
        return find(actor, id);
    }

    /** The bases that may apply to the case's decision on a ground today, and the one the date rule points to. */
    public LegalBases.Choice bases(Actor actor, UUID id, String ground) {
        CaseView c = find(actor, id);
        return bases.choose(c.article(), ground(ground), c.actDate(), LegalTime.today(clock));
    }

    private static Ground ground(String ground) {
        if (ground == null || ground.isBlank()) {
            return Ground.REFUSAL_OR_HARM;
        }
        try {
            return Ground.valueOf(ground.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("ground", "must be NONE, REFUSAL_OR_HARM, SERIOUS_HARM or "
                    + "ESPECIALLY_SERIOUS_HARM");
        }
    }

    @Transactional
    public CaseView decide(Actor actor, UUID id, CaseRequests.Decision d) {
        CaseView c = authority(actor, id);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("A penalty decision is taken by the principal or the security officer of "
                    + "the authority.");
        }
        Ground ground = ground(d.ground());
        Ground harmFound = c.harms().stream().map(CaseView.Harm::severity)
                .max(java.util.Comparator.comparing(Enum::ordinal)).orElse(null);
        String problem = CaseRules.decisionProblem(c.article(), c.status(), ground, harmFound);
        if (problem != null) {
            throw ApiException.conflict(problem);
        }
        CaseStatus.Step step = c.status().decide();
        LocalDate today = LegalTime.today(clock);
        LegalBases.Choice choice = bases.choose(c.article(), ground, c.actDate(), today);
        Validation v = new Validation();
        Basis basis;
        if (d.basisCode() == null || d.basisCode().isBlank()) {
            basis = choice.pointed();
        } else {
            basis = choice.candidate(d.basisCode().trim()).orElse(null);
        }
        if (basis == null) {
            v.add("basisCode", "validation.caseBasis", "must be one of the bases that may apply: "
                    + choice.candidates().stream().map(Basis::code).toList());
            v.throwIfInvalid();
        }
        DecisionCheck.Checked checked = DecisionCheck.amounts(c, d, basis, ground, v);
        v.requireText(d.reasons(), "reasons", 10_000);
        String sanctionKind = Validation.blankToNull(d.sanctionKind());
        String breached = Validation.blankToNull(d.breachedArticle());
        if (sanctionKind != null || breached != null) {
            if (!CaseRules.main(c.article()).equals("43")) {
                v.add("sanctionKind", "validation.caseSanction", "is entered only from an Art. 43 decision");
            } else if (breached == null || !SanctionService.BANNING_ARTICLES.contains(breached.trim())) {
                v.add("breachedArticle", "validation.oneOf", "must be 5(2) or 31: the articles Art. 43 para 3 bans "
                        + "for", "5(2), 31");
            } else if (sanctionKind == null) {
                v.add("sanctionKind", "validation.required", "is required");
            } else if (sanctions.banRules().stream().noneMatch(r -> r.kind().equals(sanctionKind.trim()))) {
                v.add("sanctionKind", "validation.oneOf", "must be PUBLIC_SECURITY_PUNISHMENT or CRIMINAL_PUNISHMENT",
                        "PUBLIC_SECURITY_PUNISHMENT, CRIMINAL_PUNISHMENT");
            } else if (cases.personHashes(id).isEmpty()) {
                v.add("sanctionKind", "validation.caseSanctionPersons",
                        "needs a person named in the case with an identity number");
            }
        }
        v.throwIfInvalid();
        LegalBases.Remedies remedies = bases.remedies();
        LocalDate reconsideration = until(today, remedies.reconsideration());
        LocalDate lawsuit = until(today, remedies.lawsuit());
        Cases.DecisionRow row = new Cases.DecisionRow(basis, ground, checked.unitFine(), d.purchaseAmount(),
                d.confiscation(), d.reasons().trim(), today, reconsideration, lawsuit, clock.instant(),
                actor.username());
        if (!cases.decide(id, step, row, checked.fines(), checked.detention())) {
            throw ApiException.conflict("This case changed meanwhile.");
        }
        events.publishEvent(new PenaltyDecided(id, c.number(), c.authorityId(), c.operatorId(), c.article(),
                basis.code(), ground, row.unitFine(), reconsideration, lawsuit));
        if (sanctionKind != null) {
            Map<Integer, String> hashes = cases.personHashes(id);
            for (CaseView.Person p : c.persons()) {
                if (hashes.containsKey(p.seq())) {
                    sanctions.registerFromDecision(actor, p.name(), hashes.get(p.seq()), p.idLast4(),
                            sanctionKind.trim(), today, breached.trim(), c.number());
                }
            }
        }
        return find(actor, id);
    }

    private LocalDate until(LocalDate from, LegalBases.Remedy remedy) {
        return remedy.days() != null ? calendars.daysFrom(from, remedy.days()).endDate()
                : calendars.monthsFrom(from, remedy.months()).endDate();
    }

    /** A document of a case as it is downloaded: its file name and its bytes. */
    public record CaseDocument(String fileName, byte[] pdf) {
    }

    /** The order to correct ({@code ORDER}) or the penalty decision ({@code DECISION}) as a PDF, in zh or en. */
    public CaseDocument document(Actor actor, UUID id, String kind, Locale locale) {
        CaseView c = find(actor, id);
        String k = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!c.documents().contains(k)) {
            throw ApiException.notFound("Document " + kind + " of case " + c.number());
        }
        boolean zh = "zh".equals(locale.getLanguage());
        LegalBases.Choice choice = k.equals("DECISION")
                ? bases.choose(c.article(), c.decision().ground(), c.actDate(), c.decision().decidedOn()) : null;
        byte[] pdf = k.equals("ORDER") ? CaseDocuments.order(c, zh, bases.remedies())
                : CaseDocuments.decision(c, zh, bases.remedies(), choice);
        return new CaseDocument(c.number() + "-" + k + "-" + (zh ? "zh" : "en") + ".pdf", pdf);
    }

    private CaseView authority(Actor actor, UUID id) {
        CaseView c = find(actor, id);
        if (!c.authorityId().equals(actor.organizationId())) {
            throw ApiException.forbidden("Only the authority that opened the case acts in it.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot act in an enforcement case.");
        }
        return c;
    }
}
