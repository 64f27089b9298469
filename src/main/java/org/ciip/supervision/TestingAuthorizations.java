package org.ciip.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.calendar.LegalCalendars;
import org.ciip.registry.AssetRegistry;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Testing authorizations (Art. 31): a service agency, an operator's own team or a department's asks to test CII
 * assets; the operator and its protection department authorize it, or CAC and MPS approve it; once every approval is
 * given it has a number that anyone can verify ({@link #verify}). Only its parties see it.
 */
@Service
public class TestingAuthorizations {

    /** Who may ask for a testing authorization. */
    public static final Set<OrganizationKind> REQUESTERS = EnumSet.of(OrganizationKind.SERVICE_AGENCY,
            OrganizationKind.OPERATOR, OrganizationKind.PROTECTION_DEPARTMENT);
    private static final String NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Authorizations authorizations;
    private final TestingLog log;
    private final Organizations organizations;
    private final AssetRegistry assets;
    private final PersonIdHasher hasher;
    private final LegalCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TestingAuthorizations(Authorizations authorizations, TestingLog log, Organizations organizations,
            AssetRegistry assets, PersonIdHasher hasher, LegalCalendars calendars, ApplicationEventPublisher events,
            Clock clock) {
        this.authorizations = authorizations;
        this.log = log;
        this.organizations = organizations;
        this.assets = assets;
        this.hasher = hasher;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /** The periods in force: how far ahead the telecom authority is told, how long each approval may take. */
    public record Periods(int advanceHours, String advanceSource, boolean advanceConfirmed, int decisionDays,
            String decisionSource, boolean decisionConfirmed) {
    }

    public Periods periods() {
        LocalDate today = LegalTime.today(clock);
        Authorizations.Period advance = authorizations.period("ADVANCE_REPORT_HOURS", today);
        Authorizations.Period decision = authorizations.period("DECISION_DAYS", today);
        return new Periods(advance.amount(), advance.source(), advance.confirmed(), decision.amount(),
                decision.source(), decision.confirmed());
    }

    @Transactional
    public TestingView request(Actor actor, TestingRequest r) {
        if (!REQUESTERS.contains(actor.organizationKind()) || !actor.canWrite()) {
            throw ApiException.forbidden("A service agency, an operator or a protection department asks for a testing "
                    + "authorization (Art. 31).");
        }
        Instant now = clock.instant();
        Validation v = new Validation();
        v.requireText(r.title(), "title", 300);
        TestingRoute route = null;
        try {
            route = r.route() == null ? null : TestingRoute.valueOf(r.route().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // answered below
        }
        if (route == null) {
            v.add("route", "validation.oneOf", "must be OPERATOR or NATIONAL", "OPERATOR, NATIONAL");
        }
        List<AssetRegistry.CiiAsset> resolved = targets(v, r);
        List<String> activities = RequestChecks.activities(v, r.activities());
        v.optionalText(r.excludedTechniques(), "excludedTechniques", 2000);
        RequestChecks.windows(v, r.windows(), now);
        List<Authorizations.NewTester> testers = testers(v, r.testers());
        List<String> sources = RequestChecks.sources(v, r.sourceAddresses());
        v.requireText(r.contactName(), "contactName", 100);
        v.requireText(r.contactPhone(), "contactPhone", 40);
        v.throwIfInvalid();

        UUID operatorId = resolved.getFirst().operatorId();
        if (actor.is(OrganizationKind.OPERATOR) && !operatorId.equals(actor.organizationId())) {
            throw ApiException.invalid("operatorCreditCode", "must be your own organization's: an operator asks to "
                    + "test only its own CII");
        }
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            // a department's team tests only assets it supervises; any other answers as if it did not exist
            assets.visible(actor, resolved.stream().map(AssetRegistry.CiiAsset::id).toList());
        }
        Map<UUID, String> parties = new LinkedHashMap<>();
        parties.put(actor.organizationId(), "REQUESTER");
        parties.putIfAbsent(operatorId, "OPERATOR");
        if (route == TestingRoute.OPERATOR) {
            Set<UUID> departments = new LinkedHashSet<>();
            for (AssetRegistry.CiiAsset a : resolved) {
                departments.addAll(organizations.departmentsFor(a.sector(), a.operatorRegionCode()));
            }
            if (departments.isEmpty()) {
                throw ApiException.invalid("route", "no protection department is registered for these assets' "
                        + "sector: ask CAC and MPS (NATIONAL)");
            }
            departments.forEach(d -> parties.putIfAbsent(d, "DEPARTMENT"));
        } else {
            organizations.idsOfKind(OrganizationKind.CAC).forEach(id -> parties.putIfAbsent(id, "CAC"));
            organizations.idsOfKind(OrganizationKind.MPS).forEach(id -> parties.putIfAbsent(id, "MPS"));
        }
        boolean telecom = resolved.stream().anyMatch(AssetRegistry.CiiAsset::basicTelecomNetwork);
        if (telecom) {
            organizations.idsOfKind(OrganizationKind.TELECOM_AUTHORITY).forEach(id -> parties.putIfAbsent(id,
                    "TELECOM"));
        }
        LocalDate today = LegalTime.today(clock);
        Authorizations.Period decision = authorizations.period("DECISION_DAYS", today);
        LocalDate due = calendars.daysFrom(today, decision.amount()).endDate();
        Map<TestingRoute.ApprovalParty, LocalDate> steps = new LinkedHashMap<>();
        route.approvals().forEach(p -> steps.put(p, due));
        UUID id = UUID.randomUUID();
        Map<String, UUID> assetIds = new LinkedHashMap<>();
        resolved.forEach(a -> assetIds.put(a.name().toLowerCase(Locale.ROOT), a.id()));
        List<Authorizations.NewTarget> targets = r.targets().stream().map(t -> new Authorizations.NewTarget(
                assetIds.get(t.assetName().trim().toLowerCase(Locale.ROOT)), t.kind().trim().toUpperCase(Locale.ROOT),
                t.value().trim(), t.owner().trim())).toList();
        authorizations.insert(new Authorizations.NewAuthorization(id, actor.organizationId(), operatorId, route,
                r.title().trim(), activities, Validation.blankToNull(r.excludedTechniques()), sources,
                r.contactName().trim(), r.contactPhone().trim(),
                telecom ? authorizations.period("ADVANCE_REPORT_HOURS", today) : null, now, actor.username()),
                parties, steps, targets, r.windows(), testers);
        TestingView view = find(actor, id);
        events.publishEvent(new TestingRequested(id, others(id, actor), view.title(), view.requesterName(),
                view.operatorName(), route));
        return view;
    }

    private List<AssetRegistry.CiiAsset> targets(Validation v, TestingRequest r) {
        boolean code = v.requireText(r.operatorCreditCode(), "operatorCreditCode", 18);
        if (r.targets() == null || r.targets().isEmpty() || r.targets().size() > 50) {
            v.add("targets", "validation.count", "must name 1 to 50 targets", 1, 50);
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < r.targets().size(); i++) {
            TestingRequest.Target t = r.targets().get(i);
            String f = "targets[" + i + "].";
            if (v.requireText(t.assetName(), f + "assetName", 200)) {
                names.add(t.assetName());
            }
            String kind = t.kind() == null ? "" : t.kind().trim().toUpperCase(Locale.ROOT);
            if (!List.of("HOST", "RANGE", "URL", "APPLICATION").contains(kind)) {
                v.add(f + "kind", "validation.oneOf", "must be HOST, RANGE, URL or APPLICATION",
                        "HOST, RANGE, URL, APPLICATION");
            } else if (v.requireText(t.value(), f + "value", 500)) {
                TestingScope.targetProblem(kind, t.value()).ifPresent(p -> v.add(f + "value", "validation.target", p));
            }
            v.requireText(t.owner(), f + "owner", 200);
        }
        if (!code || names.isEmpty()) {
            return List.of();
        }
        List<AssetRegistry.CiiAsset> found = assets.ciiAssetsNamed(r.operatorCreditCode(), names);
        Set<String> matched = new LinkedHashSet<>();
        found.forEach(a -> matched.add(a.name().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < r.targets().size(); i++) {
            String name = r.targets().get(i).assetName();
            if (name != null && !name.isBlank() && !matched.contains(name.trim().toLowerCase(Locale.ROOT))) {
                // one answer for every miss: no such operator, no such asset, or not CII
                v.add("targets[" + i + "].assetName", "validation.testingAsset",
                        "names no CII asset of the operator with this credit code");
            }
        }
        return v.isValid() ? found : List.of();
    }



    private List<Authorizations.NewTester> testers(Validation v, List<TestingRequest.Tester> testers) {
        List<Authorizations.NewTester> out = new ArrayList<>();
        if (testers == null || testers.isEmpty() || testers.size() > 50) {
            v.add("testers", "validation.count", "must name 1 to 50 testers", 1, 50);
            return out;
        }
        for (int i = 0; i < testers.size(); i++) {
            TestingRequest.Tester t = testers.get(i);
            String f = "testers[" + i + "].";
            boolean name = v.requireText(t.name(), f + "name", 100);
            boolean org = v.requireText(t.organization(), f + "organization", 200);
            boolean id = v.requireText(t.idNumber(), f + "idNumber", 18);
            if (id) {
                PersonIdNumber.problem(t.idNumber()).ifPresent(p -> v.add(f + "idNumber", "validation.idNumber", p));
            }
            if (name && org && id && !v.hasProblem(f + "idNumber")) {
                out.add(new Authorizations.NewTester(t.name().trim(), t.organization().trim(),
                        hasher.hash(t.idNumber()), PersonIdNumber.lastFour(t.idNumber())));
            }
        }
        return out;
    }


    /** The authorization with its steps, scope, sessions and findings, for its parties; 404 for anyone else. */
    public TestingView find(Actor actor, UUID id) {
        if (actor.organizationId() == null) {
            throw ApiException.notFound("Testing authorization " + id);
        }
        return authorizations.find(id, actor.organizationId(), clock.instant(), log)
                .orElseThrow(() -> ApiException.notFound("Testing authorization " + id));
    }

    /** The authorizations the actor's organization is party to, newest first. */
    public PageResult<TestingSummary> list(Actor actor, TestingStatus status, String q, PageQuery page) {
        if (actor.organizationId() == null) {
            return PageResult.of(List.of(), page, 0);
        }
        return authorizations.page(actor.organizationId(), status, Validation.blankToNull(q), page);
    }

    /** The decision of one step: {@code APPROVED} (with any conditions) or {@code REFUSED} (with the reason). */
    public record Decision(String decision, String conditions, String reason) {
    }

    /** The step the actor's organization decides in this authorization, if any. */
    public java.util.Optional<TestingRoute.ApprovalParty> stepOf(Actor actor, TestingView view) {
        List<String> roles = authorizations.roles(view.id(), actor.organizationId());
        return view.route().approvals().stream().filter(p -> roles.contains(p.name())).findFirst();
    }

    @Transactional
    public TestingView decide(Actor actor, UUID id, Decision d) {
        find(actor, id);
        // the row lock orders the decisions of one authorization: the last approval sees all the others
        authorizations.lock(id);
        TestingView view = find(actor, id);
        TestingRoute.ApprovalParty party = stepOf(actor, view).orElseThrow(() -> ApiException.forbidden(
                "Your organization gives no approval of this request."));
        if (!actor.canApprove()) {
            throw ApiException.forbidden("An approval needs the principal or the security officer (Art. 31).");
        }
        Validation v = new Validation();
        String decision = d.decision() == null ? "" : d.decision().trim().toUpperCase(Locale.ROOT);
        if (!decision.equals("APPROVED") && !decision.equals("REFUSED")) {
            v.add("decision", "validation.oneOf", "must be APPROVED or REFUSED", "APPROVED, REFUSED");
        } else if (decision.equals("REFUSED")) {
            v.requireText(d.reason(), "reason", 2000);
        }
        v.optionalText(d.conditions(), "conditions", 2000);
        v.throwIfInvalid();
        boolean refused = decision.equals("REFUSED");
        boolean last = !refused && view.steps().stream().filter(s -> s.party() != party)
                .allMatch(s -> "APPROVED".equals(s.decision()));
        TestingStatus.Step step = view.status().decide(refused, last);
        Instant now = clock.instant();
        if (!authorizations.decide(id, party, decision, refused ? null : Validation.blankToNull(d.conditions()),
                refused ? d.reason().trim() : null, actor.organizationId(), actor.username(), now)) {
            throw ApiException.conflict("This step was decided already.");
        }
        String number = step.to() == TestingStatus.AUTHORIZED ? number() : null;
        if (step.to() != step.from() && !authorizations.move(id, step, number, refused ? d.reason().trim() : null,
                now)) {
            throw ApiException.conflict("This request was decided meanwhile.");
        }
        String organizationName = organizations.find(actor.organizationId()).map(o -> o.name()).orElse("");
        events.publishEvent(new TestingStepDecided(id, others(id, actor), view.title(), party, decision,
                organizationName, refused ? d.reason().trim() : Validation.blankToNull(d.conditions())));
        if (number != null) {
            events.publishEvent(new TestingAuthorized(id, authorizations.parties(id), view.title(), number));
        }
        return find(actor, id);
    }

    /** {@code TA-2026-7KQ4M-9XD2P}: the year and ten random characters, so that numbers cannot be guessed. */
    private String number() {
        StringBuilder b = new StringBuilder("TA-").append(LegalTime.today(clock).getYear()).append('-');
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                b.append('-');
            }
            b.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
        }
        return b.toString();
    }

    /** The parties of an authorization other than the actor's organization, to be told of its step. */
    List<UUID> others(UUID id, Actor actor) {
        return authorizations.parties(id).stream().filter(o -> !o.equals(actor.organizationId())).toList();
    }

    /**
     * What anyone may learn of the authorization with this number: whether testing may run now and, when asked,
     * whether a source address and a target are in its scope. An unknown number answers 404.
     */
    public Verification verify(String number, String source, String target) {
        if (number == null || number.isBlank() || number.length() > 40) {
            throw ApiException.notFound("Testing authorization");
        }
        return verifyAt(number, clock.instant(), source, target)
                .orElseThrow(() -> ApiException.notFound("Testing authorization " + number.trim()));
    }

    /** The verification as of {@code at}, with the authorization's status as it is now. */
    java.util.Optional<Verification> verifyAt(String number, Instant at, String source, String target) {
        return authorizations.byNumber(number).map(a -> {
            AuthorizationCheck.Reason reason = AuthorizationCheck.at(a.facts(), at);
            String s = Validation.blankToNull(source);
            String t = Validation.blankToNull(target);
            return new Verification(a.number(), a.facts().status(), reason == AuthorizationCheck.Reason.VALID,
                    reason.name(), at, a.requesterName(), a.activities(), a.facts().windows().stream()
                    .map(w -> new Verification.Window(w.startsAt(), w.endsAt())).toList(),
                    s == null ? null : s.trim(), s == null ? null : a.scope().sourceInScope(s),
                    t == null ? null : t.trim(), t == null ? null : a.scope().targetInScope(t));
        });
    }
}
