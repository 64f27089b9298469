package org.ciip.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ciip.obligations.TestingFindings;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens under a testing authorization (Art. 31): the advance report to the telecom authority and its
 * objection; suspension, reinstatement and revocation by an approver, at once; the testers' sessions, each started only
 * while testing may run and from a source in scope; their findings; and the closing report, which hands the findings
 * to the operator as assessments (Art. 17).
 */
@Service
public class AuthorizedTesting {

    private final TestingAuthorizations testing;
    private final Authorizations authorizations;
    private final TestingLog log;
    private final TestingFindings findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorizedTesting(TestingAuthorizations testing, Authorizations authorizations, TestingLog log,
            TestingFindings findings, ApplicationEventPublisher events, Clock clock) {
        this.testing = testing;
        this.authorizations = authorizations;
        this.log = log;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /** The requester reports testing on the basic telecommunications network to the telecom authority, once. */
    @Transactional
    public TestingView reportInAdvance(Actor actor, UUID id) {
        TestingView view = requester(actor, id);
        if (!view.telecom()) {
            throw ApiException.conflict("No target of this authorization is on the basic telecommunications network: "
                    + "no advance report is needed.");
        }
        Instant now = clock.instant();
        if (!authorizations.reportInAdvance(id, now, actor.username())) {
            throw ApiException.conflict(view.advanceReportedAt() != null ? "It was reported already."
                    : "This authorization is " + view.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        boolean onTime = view.windows().stream().map(TestingView.Window::reportBy).min(Instant::compareTo)
                .map(by -> !now.isAfter(by)).orElse(true);
        events.publishEvent(new TestingReportedInAdvance(id, testing.others(id, actor), view.title(), onTime));
        return testing.find(actor, id);
    }

    /** The telecom authority objects to testing on its network: while the objection stands, testing may not run. */
    @Transactional
    public TestingView object(Actor actor, UUID id, String objection) {
        TestingView view = testing.find(actor, id);
        if (!actor.is(OrganizationKind.TELECOM_AUTHORITY) || !actor.canWrite()) {
            throw ApiException.forbidden("The telecom authority objects to testing on its network (Art. 31).");
        }
        Validation v = new Validation();
        v.requireText(objection, "objection", 2000);
        v.throwIfInvalid();
        log.stopAll(id, clock.instant(), actor.username(), "objected by the telecom authority");
        if (!authorizations.object(id, actor.organizationId(), objection.trim(), clock.instant())) {
            throw ApiException.conflict(view.objectedAt() != null ? "An objection was recorded already."
                    : "This authorization is " + view.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        events.publishEvent(new TestingObjected(id, testing.others(id, actor), view.title(), objection.trim()));
        return testing.find(actor, id);
    }

    @Transactional
    public TestingView suspend(Actor actor, UUID id, String reason) {
        TestingView view = approver(actor, id);
        TestingStatus.Step step = view.status().suspend();
        String why = reason(reason);
        move(id, step, why);
        int stopped = log.stopAll(id, clock.instant(), actor.username(), "authorization suspended");
        events.publishEvent(new TestingSuspended(id, testing.others(id, actor), view.title(), why, stopped,
                clock.instant()));
        return testing.find(actor, id);
    }

    @Transactional
    public TestingView reinstate(Actor actor, UUID id, String reason) {
        TestingView view = approver(actor, id);
        TestingStatus.Step step = view.status().reinstate();
        String why = reason(reason);
        move(id, step, why);
        events.publishEvent(new TestingReinstated(id, testing.others(id, actor), view.title(), why,
                clock.instant()));
        return testing.find(actor, id);
    }

    @Transactional
    public TestingView revoke(Actor actor, UUID id, String reason) {
        TestingView view = approver(actor, id);
        TestingStatus.Step step = view.status().revoke();
        String why = reason(reason);
        move(id, step, why);
        int stopped = log.stopAll(id, clock.instant(), actor.username(), "authorization revoked");
        events.publishEvent(new TestingRevoked(id, testing.others(id, actor), view.title(), why, stopped));
        return testing.find(actor, id);
    }

    /** A tester of the authorization starts a session from a source address: only while testing may run. */
    @Transactional
    public TestingView startSession(Actor actor, UUID id, Integer testerSeq, String sourceAddress) {
        TestingView view = requester(actor, id);
        Validation v = new Validation();
        TestingView.Tester tester = view.testers().stream().filter(t -> testerSeq != null && t.seq() == testerSeq)
                .findFirst().orElse(null);
        v.require(tester != null, "testerSeq", "validation.tester", "must be one of the authorization's testers");
        if (v.requireText(sourceAddress, "sourceAddress", 50)) {
            TestingScope scope = new TestingScope(view.sourceAddresses(), List.of());
            v.require(scope.sourceInScope(sourceAddress), "sourceAddress", "validation.sourceInScope",
                    "is not a source address of this authorization");
        }
        v.throwIfInvalid();
        Instant now = clock.instant();
        AuthorizationCheck.Reason reason = AuthorizationCheck.at(authorizations.lockedFacts(id), now);
        if (reason != AuthorizationCheck.Reason.VALID) {
            throw ApiException.conflict("Testing may not run now: " + reasonWords(reason) + ".");
        }
        UUID session = UUID.randomUUID();
        log.start(session, id, tester.seq(), sourceAddress.trim(), now, actor.username());
        events.publishEvent(new TestingSessionStarted(id, testing.others(id, actor), view.title(), session,
                tester.seq(), tester.name(), sourceAddress.trim()));
        return testing.find(actor, id);
    }

    @Transactional
    public TestingView stopSession(Actor actor, UUID id, UUID sessionId) {
        TestingView view = requester(actor, id);
        if (!log.stop(id, sessionId, clock.instant(), actor.username(), null)) {
            if (view.sessions().stream().noneMatch(s -> s.id().equals(sessionId))) {
                throw ApiException.notFound("Session " + sessionId);
            }
            throw ApiException.conflict("This session was stopped already.");
        }
        events.publishEvent(new TestingSessionStopped(id, testing.others(id, actor), view.title(), sessionId));
        return testing.find(actor, id);
    }

    /** A finding of the testers, on one of the tested assets; handed to the operator when the authorization closes. */
    public record FindingRequest(UUID assetId, String title, String severity, String cvssVector,
            LocalDate rectifyBy) {
    }

    @Transactional
    public TestingView addFinding(Actor actor, UUID id, FindingRequest f) {
        TestingView view = requester(actor, id);
        if (!view.status().inForce()) {
            throw ApiException.conflict("Findings are recorded while the authorization is in force; this one is "
                    + view.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        Validation v = new Validation();
        v.require(f.assetId() != null && view.targets().stream().anyMatch(t -> t.assetId().equals(f.assetId())),
                "assetId", "validation.testedAsset", "must be one of the tested assets");
        v.requireText(f.title(), "title", 500);
        if (f.severity() == null || !List.of("CRITICAL", "HIGH", "MEDIUM", "LOW").contains(f.severity())) {
            v.add("severity", "validation.oneOf", "must be CRITICAL, HIGH, MEDIUM or LOW", "CRITICAL, HIGH, MEDIUM, LOW");
        }
        findings.cvssProblem(f.cvssVector()).ifPresent(p -> v.add("cvssVector", "validation.cvss", p));
        LocalDate today = LegalTime.today(clock);
        if (f.rectifyBy() == null) {
            v.add("rectifyBy", "validation.required", "is required");
        } else if (f.rectifyBy().isBefore(today) || f.rectifyBy().isAfter(today.plusYears(2))) {
            v.add("rectifyBy", "validation.rectifyBy", "must be between today and two years from now");
        }
        v.throwIfInvalid();
        authorizations.lock(id);
        int seq = log.addFinding(id, f.assetId(), f.title().trim(), f.severity(),
                Validation.blankToNull(f.cvssVector()), f.rectifyBy(), clock.instant(), actor.username());
        events.publishEvent(new TestingFindingRecorded(id, testing.others(id, actor), view.title(), seq,
                f.severity()));
        return testing.find(actor, id);
    }

    /**
     * The requester closes the authorization with its report, once no session runs; the findings reach the operator
     * as one assessment per tested asset with findings.
     */
    @Transactional
    public TestingView close(Actor actor, UUID id, String report) {
        TestingView view = requester(actor, id);
        TestingStatus.Step step = view.status().close();
        Validation v = new Validation();
        v.requireText(report, "report", 20_000);
        v.throwIfInvalid();
        if (view.runningSessions()) {
            throw ApiException.conflict("A testing session is still running: stop it before closing.");
        }
        Instant now = clock.instant();
        if (!authorizations.close(id, step, report.trim(), now)) {
            throw ApiException.conflict("This authorization was changed meanwhile.");
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate started = view.windows().stream().map(w -> LocalDate.ofInstant(w.startsAt(), LegalTime.ZONE))
                .min(LocalDate::compareTo).filter(d -> !d.isAfter(today)).orElse(today);
        String owner = view.steps().stream().filter(s -> s.party() == TestingRoute.ApprovalParty.OPERATOR)
                .map(TestingView.Step::decidedBy).filter(java.util.Objects::nonNull).findFirst()
                .orElse(view.operatorName());
        List<UUID> assessments = view.findings().isEmpty() ? List.of() : findings.handOver(
                new TestingFindings.Handover(view.number(), view.operatorId(), view.requesterId(),
                        "Authorized testing " + view.number() + " (Art. 31): " + String.join(", ", view.activities())
                                + ". " + view.title(), started, today, owner,
                        view.findings().stream().map(f -> new TestingFindings.Finding(f.assetId(), f.title(),
                                f.severity(), f.cvssVector(), f.rectifyBy())).toList()));
        events.publishEvent(new TestingClosed(id, testing.others(id, actor), view.title(), view.number(), assessments,
                view.findings().size()));
        return testing.find(actor, id);
    }

    private void move(UUID id, TestingStatus.Step step, String reason) {
        if (!authorizations.move(id, step, null, reason, clock.instant())) {
            throw ApiException.conflict("This authorization was changed meanwhile.");
        }
    }

    private static String reason(String reason) {
        Validation v = new Validation();
        v.requireText(reason, "reason", 2000);
        v.throwIfInvalid();
        return reason.trim();
    }

    private TestingView requester(Actor actor, UUID id) {
        TestingView view = testing.find(actor, id);
        if (!view.requesterId().equals(actor.organizationId())) {
            throw ApiException.forbidden("The requester of the authorization does this.");
        }
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot act on a testing authorization.");
        }
        return view;
    }

    private TestingView approver(Actor actor, UUID id) {
        TestingView view = testing.find(actor, id);
        if (testing.stepOf(actor, view).isEmpty()) {
            throw ApiException.forbidden("An approver of the authorization suspends, reinstates or revokes it.");
        }
        if (!actor.canApprove()) {
            throw ApiException.forbidden("This needs the principal or the security officer.");
        }
        return view;
    }

    static String reasonWords(AuthorizationCheck.Reason reason) {
        return switch (reason) {
            case VALID -> "it may";
            case NOT_AUTHORIZED -> "the authorization is not given";
            case SUSPENDED -> "the authorization is suspended";
            case REVOKED -> "the authorization is revoked";
            case CLOSED -> "the authorization is closed";
            case OUTSIDE_WINDOW -> "no authorized window is open";
            case ADVANCE_REPORT_MISSING -> "the telecom authority has not been told in advance";
            case ADVANCE_REPORT_LATE -> "the telecom authority was told too late for this window";
            case OBJECTED -> "the telecom authority objected";
        };
    }
}
