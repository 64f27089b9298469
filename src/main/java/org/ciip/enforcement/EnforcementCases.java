package org.ciip.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.calendar.LegalCalendars;
import org.ciip.enforcement.CaseRequests.NewCase;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.enforcement.LegalBases.Range;
import org.ciip.enforcement.sanction.SanctionService;
import org.ciip.incident.IncidentReporting;
import org.ciip.incident.IncidentView;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.ciip.shared.person.PersonIdHasher;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.beans.factory.ObjectProvider;
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
    private final LegalBases bases;
    private final Organizations organizations;
    private final LegalCalendars calendars;
    private final IncidentReporting incidents;
    private final ObjectProvider<Breaches> breaches;
    private final SanctionService sanctions;
    private final PersonIdHasher hasher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementCases(Cases cases, LegalBases bases, Organizations organizations, LegalCalendars calendars,
            IncidentReporting incidents, ObjectProvider<Breaches> breaches, SanctionService sanctions,
            PersonIdHasher hasher, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.bases = bases;
        this.organizations = organizations;
        this.calendars = calendars;
        this.incidents = incidents;
        this.breaches = breaches;
        this.sanctions = sanctions;
        this.hasher = hasher;
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

    @Transactional
    public CaseView open(Actor actor, NewCase c) {
        Validation v = new Validation();
        String article = c.article() == null ? "" : c.article().replace(" ", "");
        if (!CaseRules.ARTICLES.contains(article)) {
            v.add("article", "validation.caseArticle", "must be one of " + String.join(", ", CaseRules.ARTICLES));
        } else if (!CaseRules.authorities(article).contains(actor.organizationKind()) || !actor.canWrite()) {
            throw ApiException.forbidden("Your organization is not the competent authority for Art. "
                    + CaseRules.main(article) + ".");
        }
        OrganizationSummary operator = null;
        String respondentKind = "OPERATOR";
        String respondentName = null;
        if (v.hasProblem("article") || CaseRules.againstOperator(article)) {
            if (c.operatorId() == null) {
                v.add("operatorId", "validation.required", "is required");
            } else {
                operator = organizations.find(c.operatorId()).filter(o -> o.kind() == OrganizationKind.OPERATOR)
                        .filter(o -> competentFor(actor, o)).orElse(null);
                if (operator == null) {
                    v.add("operatorId", "validation.caseOperator", "is not an operator under your supervision");
                } else {
                    respondentName = operator.name();
                }
            }
        } else {
            respondentKind = c.respondentKind() == null ? "" : c.respondentKind().trim().toUpperCase(Locale.ROOT);
            if (!Set.of("PERSON", "UNIT").contains(respondentKind)) {
                v.add("respondentKind", "validation.oneOf", "must be PERSON or UNIT", "PERSON, UNIT");
            }
            if (v.requireText(c.respondentName(), "respondentName", 300)) {
                respondentName = c.respondentName().trim();
            }
            if (c.operatorId() != null) {
                v.add("operatorId", "validation.caseArt43Operator",
                        "is not given for Art. 43: the respondent is a person or a unit");
            }
        }
        LocalDate today = LegalTime.today(clock);
        v.requireText(c.facts(), "facts", 10_000);
        v.requirePastDate(c.actDate(), "actDate", today);
        if (c.actDate() != null && c.actDate().isBefore(LocalDate.of(2021, 9, 1)) && !v.hasProblem("actDate")) {
            v.add("actDate", "validation.caseActDate",
                    "is before 2021-09-01, when the Regulations came into force (Art. 51)");
        }
        String sourceKind = c.sourceKind() == null ? "MANUAL" : c.sourceKind().trim().toUpperCase(Locale.ROOT);
        String sourceRef = c.sourceRef() == null || c.sourceRef().isBlank() ? null : c.sourceRef().trim();
        switch (sourceKind) {
            case "MANUAL" -> sourceRef = null;
            case "COMPLIANCE" -> {
                if (operator != null && !v.hasProblem("article")
                        && !breaches.getObject().breached(operator.id(), article, today)) {
                    v.add("sourceKind", "validation.caseNoBreach", "COMPLIANCE: the compliance engine finds no breach"
                            + " of Art. " + article + " by this operator today");
                }
                sourceRef = "Art. " + article + " as of " + today;
            }
            case "INCIDENT" -> sourceRef = incidentSource(actor, sourceRef, operator, v);
            default -> v.add("sourceKind", "validation.oneOf", "must be COMPLIANCE, INCIDENT or MANUAL",
                    "COMPLIANCE, INCIDENT, MANUAL");
        }
        List<Cases.PersonRow> persons = persons(c.persons(), v);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String number = cases.nextNumber(today.getYear());
        cases.insert(new Cases.NewRow(id, number, actor.organizationId(), operator == null ? null : operator.id(),
                respondentName, respondentKind, article, sourceKind, sourceRef, c.facts().trim(), c.actDate(), now,
                actor.username()), persons);
        events.publishEvent(new CaseOpened(id, number, actor.organizationId(), operator == null ? null
                : operator.id(), article, sourceKind));
        return find(actor, id);
    }

    private String incidentSource(Actor actor, String ref, OrganizationSummary operator, Validation v) {
        UUID incidentId;
        try {
            incidentId = ref == null ? null : UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            incidentId = null;
        }
        if (incidentId == null) {
            v.add("sourceRef", "validation.caseIncident", "is the id of an incident reported to you");
            return null;
        }
        try {
            IncidentView incident = incidents.find(actor, incidentId);
            if (operator != null && !incident.operatorId().equals(operator.id())) {
                v.add("sourceRef", "validation.caseIncidentOperator", "is an incident of another operator");
            }
        } catch (ApiException e) {
            if (e.getStatusCode().value() != 404) {
                throw e;
            }
            v.add("sourceRef", "validation.caseIncident", "is the id of an incident reported to you");
        }
        return incidentId.toString();
    }

    private List<Cases.PersonRow> persons(List<CaseRequests.NewPerson> given, Validation v) {
        List<Cases.PersonRow> rows = new ArrayList<>();
        if (given == null) {
            return rows;
        }
        if (given.size() > 20) {
            v.add("persons", "validation.maxItems", "names at most 20 persons", 20);
            return rows;
        }
        for (int i = 0; i < given.size(); i++) {
            CaseRequests.NewPerson p = given.get(i);
            String at = "persons[" + i + "].";
            if (p == null) {
                v.add("persons[" + i + "]", "validation.required", "is required");
                continue;
            }
            v.requireText(p.name(), at + "name", 100);
            v.optionalText(p.position(), at + "position", 200);
            String number = Validation.blankToNull(p.idNumber());
            if (number != null) {
                PersonIdNumber.problem(number).ifPresent(problem -> v.add(at + "idNumber", "validation.idNumber",
                        problem));
            }
            if (!v.hasProblem(at + "name") && !v.hasProblem(at + "idNumber")) {
                rows.add(new Cases.PersonRow(p.name().trim(), Validation.blankToNull(p.position()),
                        number == null ? null : hasher.hash(number),
                        number == null ? null : PersonIdNumber.lastFour(number)));
            }
        }
        return rows;
    }

    /** The operators the actor's organization may open cases against, by name. */
    public List<OrganizationSummary> operatorsFor(Actor actor) {
        return organizations.listAll().stream().filter(o -> o.kind() == OrganizationKind.OPERATOR)
                .filter(o -> competentFor(actor, o)).sorted(java.util.Comparator.comparing(OrganizationSummary::name))
                .toList();
    }

    /** Whether the actor's organization supervises the operator for enforcement. */
    boolean competentFor(Actor actor, OrganizationSummary operator) {
        OrganizationKind kind = actor.organizationKind();
        if (kind == OrganizationKind.MPS || kind == OrganizationKind.CAC) {
            return true;
        }
        if (kind == OrganizationKind.PROTECTION_DEPARTMENT) {
            return operator.sectors().stream().anyMatch(s -> organizations.departmentsFor(s, operator.regionCode())
                    .contains(actor.organizationId()));
        }
        if (kind == OrganizationKind.PUBLIC_SECURITY_ORGAN || kind == OrganizationKind.PROVINCIAL_CAC) {
            String province = organizations.find(actor.organizationId()).map(o -> o.jurisdictionProvince() != null
                    ? o.jurisdictionProvince() : o.regionCode() == null ? null : o.regionCode().substring(0, 2))
                    .orElse(null);
            return province != null && operator.regionCode() != null && operator.regionCode().startsWith(province);
        }
        return false;
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
        String citation = basis.citation(false);
        Range unit = null;
        if (basis.countsInMultiples()) {
            if (d.purchaseAmount() == null) {
                v.add("purchaseAmount", "validation.purchaseAmountRequired", "is required for Art. 41 (the fine is "
                        + "1 to 10 times the purchase amount)", c.article());
            } else if (d.purchaseAmount().signum() <= 0) {
                v.add("purchaseAmount", "validation.positive", "must be greater than 0");
            } else {
                unit = basis.unitFor(d.purchaseAmount());
            }
        } else {
            unit = basis.unit();
            if (d.purchaseAmount() != null) {
                v.add("purchaseAmount", "validation.caseNoPurchase", "is given only for Art. 41");
            }
        }
        if ("PERSON".equals(c.respondentKind())) {
            if (d.unitFine() != null && d.unitFine().signum() != 0) {
                v.add("unitFine", "validation.casePersonRespondent", "is for a unit: a person is fined as a person "
                        + "named in the case");
            }
        } else {
            checkAmount(v, "unitFine", d.unitFine(), unit, basis.fineOptional(), basis, ground,
                    !basis.countsInMultiples() || d.purchaseAmount() != null);
        }
        if (d.confiscation() != null) {
            if (!CaseRules.main(c.article()).equals("43")) {
                v.add("confiscation", "validation.caseConfiscation", "is decided only under Art. 43");
            } else if (d.confiscation().signum() < 0) {
                v.add("confiscation", "validation.nonNegative", "must not be negative");
            }
        }
        Map<Integer, BigDecimal> fines = new HashMap<>();
        Map<Integer, Integer> detention = new HashMap<>();
        List<CaseRequests.PersonPenalty> given = d.persons() == null ? List.of() : d.persons();
        for (int i = 0; i < given.size(); i++) {
            CaseRequests.PersonPenalty p = given.get(i);
            String at = "persons[" + i + "].";
            if (p == null || p.seq() == null || c.persons().stream().noneMatch(x -> x.seq() == p.seq())) {
                v.add(at + "seq", "validation.casePerson", "is not a person named in this case");
                continue;
            }
            if (fines.containsKey(p.seq()) || detention.containsKey(p.seq())) {
                v.add(at + "seq", "validation.duplicate", "names a person twice");
                continue;
            }
            if (p.fine() != null) {
                if (checkAmount(v, at + "fine", p.fine(), basis.person(), true, basis, ground, true)) {
                    fines.put(p.seq(), p.fine());
                }
            }
            if (p.detentionDays() != null) {
                Range days = basis.detentionDays();
                if (days == null) {
                    v.add(at + "detentionDays", "validation.caseDetention", "is decided only under Art. 43");
                } else if (!days.contains(BigDecimal.valueOf(p.detentionDays()))) {
                    v.add(at + "detentionDays", "validation.caseDetentionRange", "must be from "
                            + days.min().toPlainString() + " to " + days.max().toPlainString() + " days under "
                            + citation, days.min().toPlainString(), days.max().toPlainString());
                } else {
                    detention.put(p.seq(), p.detentionDays());
                }
            }
        }
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
        Cases.DecisionRow row = new Cases.DecisionRow(basis, ground, zeroToNull(d.unitFine()), d.purchaseAmount(),
                d.confiscation(), d.reasons().trim(), today, reconsideration, lawsuit, clock.instant(),
                actor.username());
        if (!cases.decide(id, step, row, fines, detention)) {
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

    /** The order to correct ({@code ORDER}) or the penalty decision ({@code DECISION}) as a PDF, in zh or en. */
    public byte[] document(Actor actor, UUID id, String kind, Locale locale) {
        CaseView c = find(actor, id);
        String k = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!c.documents().contains(k)) {
            throw ApiException.notFound("Document " + kind + " of case " + c.number());
        }
        boolean zh = "zh".equals(locale.getLanguage());
        LegalBases.Choice choice = k.equals("DECISION")
                ? bases.choose(c.article(), c.decision().ground(), c.actDate(), c.decision().decidedOn()) : null;
        return k.equals("ORDER") ? CaseDocuments.order(c, zh, bases.remedies())
                : CaseDocuments.decision(c, zh, bases.remedies(), choice);
    }

    private static BigDecimal zeroToNull(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount;
    }

    /**
     * Checks an amount against its range; false (with the problem added) when it is outside. The message's arguments
     * are the basis cited in English, the range's ends, and the basis cited in Chinese.
     */
    private static boolean checkAmount(Validation v, String field, BigDecimal amount, Range range, boolean optional,
            Basis basis, Ground ground, boolean rangeKnown) {
        if (!rangeKnown) {
            return false;
        }
        String en = basis.citation(false);
        String zh = basis.citation(true);
        if (range == null) {
            if (amount != null && amount.signum() != 0) {
                v.add(field, "validation.caseNoFine", "must be empty: " + en + " imposes no fine on the ground "
                        + ground + " (a warning only)", en, "", "", zh);
                return false;
            }
            return true;
        }
        String min = CaseDocuments.amount(range.min());
        String max = CaseDocuments.amount(range.max());
        if (amount == null || amount.signum() == 0) {
            if (!optional) {
                v.add(field, "validation.caseFineRequired", "is required: " + en + " fines " + min + " to " + max
                        + " CNY", en, min, max, zh);
                return false;
            }
            return true;
        }
        if (amount.scale() > 2 || !range.contains(amount)) {
            v.add(field, "validation.caseFineRange", "must be from " + min + " to " + max + " CNY under " + en, en,
                    min, max, zh);
            return false;
        }
        return true;
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
