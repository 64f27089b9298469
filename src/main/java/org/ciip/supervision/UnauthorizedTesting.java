package org.ciip.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.enforcement.Sanctioning;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
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
 * Testing an operator observed outside any valid authorization (Art. 31): the operator reports it with its evidence
 * to its protection departments and the public security organ of its province; CIIP says what was wrong (no
 * authorization, one not in force, outside its windows, from another source, against another target) and refuses a
 * report of testing that was authorized; public security may enter the tester in the sanctions register (Art. 43
 * para 3).
 */
@Service
public class UnauthorizedTesting {

    private final ObservedTestingReports reports;
    private final TestingAuthorizations testing;
    private final Organizations organizations;
    private final Sanctioning sanctioning;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnauthorizedTesting(ObservedTestingReports reports, TestingAuthorizations testing, Organizations organizations,
            Sanctioning sanctioning, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.testing = testing;
        this.organizations = organizations;
        this.sanctioning = sanctioning;
        this.events = events;
        this.clock = clock;
    }

    /** The body of a report: when, from where, against what, under which authorization number if one was given. */
    public record ObservedRequest(Instant observedFrom, Instant observedTo, String sourceAddress, String target,
            String authorizationNumber, String description, String evidence) {
    }

    /** The punishment public security decided for the tester. */
    public record SanctionRequest(String personName, String idNumber, String kind, LocalDate decidedOn) {
    }

    @Transactional
    public ObservedTestingView report(Actor actor, ObservedRequest r) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An operator reports testing it observed on its CII (Art. 31).");
        }
        Instant now = clock.instant();
        Validation v = new Validation();
        if (r.observedFrom() == null) {
            v.add("observedFrom", "validation.required", "is required");
        } else if (r.observedFrom().isAfter(now) || r.observedFrom().isBefore(now.minus(Duration.ofDays(366)))) {
            v.add("observedFrom", "validation.observedAt", "must be within the past year");
        }
        if (r.observedTo() == null) {
            v.add("observedTo", "validation.required", "is required");
        } else if (r.observedTo().isAfter(now)) {
            v.add("observedTo", "validation.observedAt", "must be within the past year");
        } else if (r.observedFrom() != null && r.observedTo().isBefore(r.observedFrom())) {
            v.add("observedTo", "validation.notBeforeStart", "cannot be before the start");
        }
        if (v.requireText(r.sourceAddress(), "sourceAddress", 50) && TestingScope.address(r.sourceAddress())
                .isEmpty()) {
            v.add("sourceAddress", "validation.sourceAddress", "must be an IPv4 or IPv6 address");
        }
        v.requireText(r.target(), "target", 500);
        v.optionalText(r.authorizationNumber(), "authorizationNumber", 40);
        v.requireText(r.description(), "description", 5000);
        v.requireText(r.evidence(), "evidence", 100_000);
        v.throwIfInvalid();
        String number = Validation.blankToNull(r.authorizationNumber());
        number = number == null ? null : number.trim().toUpperCase(java.util.Locale.ROOT);
        String finding = finding(actor.organizationId(), number, r);
        OrganizationSummary operator = organizations.find(actor.organizationId()).orElseThrow();
        List<UUID> recipients = organizations.reportingParties(operator.id(), operator.sectors())
                .map(p -> p.addressees().stream().filter(a -> a.kind() == OrganizationKind.PROTECTION_DEPARTMENT
                        || a.kind() == OrganizationKind.PUBLIC_SECURITY_ORGAN).map(Organizations.Addressee::id)
                        .toList())
                .orElse(List.of());
        UUID id = UUID.randomUUID();
        reports.insert(new ObservedTestingReports.NewReport(id, operator.id(), r.observedFrom(), r.observedTo(),
                r.sourceAddress().trim(), r.target().trim(), number, finding, r.description().trim(),
                r.evidence().trim(), now, actor.username()), recipients);
        events.publishEvent(new UnauthorizedTestingReported(id, recipients, operator.name(), finding));
        return find(actor, id);
    }

    /**
     * What was wrong with the observed testing: checked against the number given, or else against every
     * authorization of the operator in force. Testing that one of them covers is not reported: 422.
     */
    private String finding(UUID operatorId, String number, ObservedRequest r) {
        if (number == null) {
            for (String n : reports.numbersInForce(operatorId)) {
                if (covered(n, r)) {
                    throw covered(n);
                }
            }
            return "NO_AUTHORIZATION";
        }
        Optional<UUID> owner = reports.operatorOf(number);
        if (owner.isEmpty()) {
            return "NO_AUTHORIZATION";
        }
        if (!owner.get().equals(operatorId)) {
            return "WRONG_TARGET";
        }
        Verification from = testing.verifyAt(number, r.observedFrom(), r.sourceAddress(), r.target()).orElseThrow();
        Verification to = testing.verifyAt(number, r.observedTo(), r.sourceAddress(), r.target()).orElseThrow();
        for (Verification at : List.of(from, to)) {
            if (!at.validNow()) {
                return at.reason().equals("OUTSIDE_WINDOW") ? "OUTSIDE_WINDOW" : "NOT_VALID";
            }
        }
        if (!Boolean.TRUE.equals(from.sourceInScope())) {
            return "WRONG_SOURCE";
        }
        if (!Boolean.TRUE.equals(from.targetInScope())) {
            return "WRONG_TARGET";
        }
        throw covered(number);
    }

    private boolean covered(String number, ObservedRequest r) {
        return testing.verifyAt(number, r.observedFrom(), r.sourceAddress(), r.target())
                .filter(Verification::authorizedNow).isPresent()
                && testing.verifyAt(number, r.observedTo(), r.sourceAddress(), r.target())
                .filter(Verification::authorizedNow).isPresent();
    }

    private static ApiException covered(String number) {
        return ApiException.unprocessable("testing-authorized", "Authorization " + number + " covers this testing: "
                + "its window, source and target are in scope. Nothing unauthorized to report.");
    }

    /** The report, for the operator that made it and its recipients; 404 for anyone else. */
    public ObservedTestingView find(Actor actor, UUID id) {
        if (actor.organizationId() == null) {
            throw ApiException.notFound("Report " + id);
        }
        return reports.find(id, actor.organizationId()).orElseThrow(() -> ApiException.notFound("Report " + id));
    }

    public PageResult<ObservedTestingView> list(Actor actor, PageQuery page) {
        if (actor.organizationId() == null) {
            return PageResult.of(List.of(), page, 0);
        }
        return reports.page(actor.organizationId(), page);
    }

    /** Whether the actor may enter a sanction for this report: a public security organ it was sent to. */
    public boolean maySanction(Actor actor, ObservedTestingView report) {
        return actor.is(OrganizationKind.PUBLIC_SECURITY_ORGAN) && actor.canWrite() && report.sanctionId() == null
                && reports.isRecipient(report.id(), actor.organizationId());
    }

    @Transactional
    public ObservedTestingView sanction(Actor actor, UUID id, SanctionRequest s) {
        ObservedTestingView report = find(actor, id);
        if (!actor.is(OrganizationKind.PUBLIC_SECURITY_ORGAN) || !reports.isRecipient(id, actor.organizationId())) {
            throw ApiException.forbidden("The public security organ the report was sent to punishes unauthorized "
                    + "testing (Art. 43).");
        }
        if (report.sanctionId() != null) {
            throw ApiException.conflict("A sanction was entered for this report already.");
        }
        UUID sanctionId = sanctioning.registerUnauthorizedTesting(actor, s.personName(), s.idNumber(), s.kind(),
                s.decidedOn());
        if (!reports.sanction(id, sanctionId, actor.organizationId(), clock.instant())) {
            throw ApiException.conflict("A sanction was entered for this report meanwhile.");
        }
        List<UUID> to = new ArrayList<>(reports.recipients(id));
        to.add(report.operatorId());
        to.remove(actor.organizationId());
        events.publishEvent(new UnauthorizedTestingSanctioned(id, to, report.operatorName(), sanctionId));
        return find(actor, id);
    }
}
