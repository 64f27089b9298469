package org.ciip.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.enforcement.AccountabilityEvent.ConductDecided;
import org.ciip.enforcement.AccountabilityEvent.ConductReported;
import org.ciip.enforcement.AccountabilityEvent.InvestigationConcluded;
import org.ciip.enforcement.AccountabilityEvent.InvestigationOpened;
import org.ciip.enforcement.AccountabilityEvent.LiabilityFound;
import org.ciip.enforcement.AccountabilityViews.ConductReport;
import org.ciip.enforcement.AccountabilityViews.DepartmentDuties;
import org.ciip.enforcement.AccountabilityViews.Investigation;
import org.ciip.incident.IncidentView;
import org.ciip.incident.IncidentReporting;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding departments to account (Art. 44, 45, 47): MPS and CAC see, per department, the duties CIIP knows it missed
 * (late forwarding of incidents, late re-certifications, orders to correct not followed up, fees or brands found);
 * operators report fees or designated brands in inspections and MPS or CAC find on them (Art. 45); after a major or
 * particularly major incident MPS or CAC investigate whether it was a liability accident and record the
 * responsibilities of the operator, service agencies and departments (Art. 47).
 */
@Service
public class Accountability {

    /** The bodies an operator may report for fees or brands: those that inspect (Art. 26, 28, 45). */
    static final Set<OrganizationKind> INSPECTING = EnumSet.of(OrganizationKind.PROTECTION_DEPARTMENT,
            OrganizationKind.PUBLIC_SECURITY_ORGAN, OrganizationKind.PROVINCIAL_CAC, OrganizationKind.STATE_SECURITY,
            OrganizationKind.SECRECY_ADMINISTRATION, OrganizationKind.CRYPTOGRAPHY_ADMINISTRATION);
    static final Set<String> GRAVE = Set.of("MAJOR", "PARTICULARLY_MAJOR");

    private final AccountabilityRecords records;
    private final Organizations organizations;
    private final IncidentReporting incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int followUpDays;

    Accountability(AccountabilityRecords records, Organizations organizations, IncidentReporting incidents,
            ApplicationEventPublisher events, Clock clock,
            @Value("${ciip.enforcement.follow-up-days:30}") int followUpDays) {
        this.records = records;
        this.organizations = organizations;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
        this.followUpDays = followUpDays;
    }

    /** MPS and CAC hold departments to account. */
    public static boolean oversees(Actor actor) {
        return actor.is(OrganizationKind.MPS) || actor.is(OrganizationKind.CAC);
    }

    private static void requireOversight(Actor actor, String what) {
        if (!oversees(actor)) {
            throw ApiException.notFound(what);
        }
    }

    public int followUpDays() {
        return followUpDays;
    }

    /** Every inspecting body with the duties CIIP knows it missed, most missed first, then by name. */
    public List<DepartmentDuties> departments(Actor actor) {
        requireOversight(actor, "Accountability of departments");
        Instant now = clock.instant();
        LocalDate today = LegalTime.today(clock);
        Map<UUID, Long> forwardings = records.lateForwardings(now);
        List<AccountabilityRecords.LateRecertifications> recertifications = records.lateRecertifications(today);
        Map<UUID, Long> orders = records.ordersNotFollowedUp(today.minusDays(followUpDays),
                now.minus(Duration.ofDays(followUpDays)));
        Map<UUID, long[]> conduct = records.conductCounts();
        return organizations.listAll().stream().filter(o -> INSPECTING.contains(o.kind())).map(o -> {
            long[] c = conduct.getOrDefault(o.id(), new long[2]);
            return new DepartmentDuties(o.id(), o.name(), o.nameEn(), o.kind().name(),
                    forwardings.getOrDefault(o.id(), 0L), recertificationsOf(o, recertifications),
                    orders.getOrDefault(o.id(), 0L), c[0], c[1]);
        }).sorted(Comparator.comparingLong(DepartmentDuties::missed).reversed()
                .thenComparing(DepartmentDuties::name)).toList();
    }

    /** A protection department owes the re-certifications of its sectors (in its province, where it has one). */
    private static long recertificationsOf(OrganizationSummary department,
            List<AccountabilityRecords.LateRecertifications> late) {
        if (department.kind() != OrganizationKind.PROTECTION_DEPARTMENT) {
            return 0;
        }
        String province = department.jurisdictionProvince();
        return late.stream().filter(l -> department.sectors().contains(l.sector()))
                .filter(l -> province == null || province.equals(l.province()))
                .mapToLong(AccountabilityRecords.LateRecertifications::count).sum();
    }

    // ---- Art. 45 ----------------------------------------------------------------------------------------------------

    /** The bodies an operator may report, by name. */
    public List<OrganizationSummary> inspectingBodies() {
        return organizations.listAll().stream().filter(o -> INSPECTING.contains(o.kind()))
                .sorted(Comparator.comparing(OrganizationSummary::name)).toList();
    }

    @Transactional
    public ConductReport reportConduct(Actor actor, AccountabilityViews.NewConductReport r) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An inspected operator reports fees or designated brands (Art. 45).");
        }
        Validation v = new Validation();
        if (r.bodyId() == null || organizations.find(r.bodyId()).filter(o -> INSPECTING.contains(o.kind()))
                .isEmpty()) {
            v.add("bodyId", "validation.conductBody", "must be a protection department, a public security organ, "
                    + "a provincial CAC, or a state security, secrecy or cryptography administration");
        }
        String kind = r.kind() == null ? "" : r.kind().trim().toUpperCase(Locale.ROOT);
        if (!Set.of("FEE", "BRAND").contains(kind)) {
            v.add("kind", "validation.oneOf", "must be FEE or BRAND", "FEE, BRAND");
        }
        v.requireText(r.description(), "description", 10_000);
        if (r.amount() != null && (r.amount().signum() < 0 || r.amount().scale() > 2)) {
            v.add("amount", "validation.nonNegative", "must not be negative");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        records.insertConduct(id, actor.organizationId(), r, clock.instant(), actor.username());
        List<UUID> overseers = new java.util.ArrayList<>(organizations.idsOfKind(OrganizationKind.MPS));
        overseers.addAll(organizations.idsOfKind(OrganizationKind.CAC));
        events.publishEvent(new ConductReported(id, actor.organizationId(), r.bodyId(), kind, overseers));
        return conduct(actor, id);
    }

    /** A report, for the operator that made it and for MPS and CAC; 404 for anyone else. */
    public ConductReport conduct(Actor actor, UUID id) {
        return records.conduct(id, operatorScope(actor, "Conduct report " + id))
                .orElseThrow(() -> ApiException.notFound("Conduct report " + id));
    }

    public PageResult<ConductReport> conducts(Actor actor, PageQuery page) {
        return records.conducts(operatorScope(actor, "Conduct reports"), page);
    }

    @Transactional
    public ConductReport decideConduct(Actor actor, UUID id, AccountabilityViews.ConductDecision d) {
        requireOversight(actor, "Conduct report " + id);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("A finding on a report is made by the principal or the security officer.");
        }
        ConductReport report = conduct(actor, id);
        Validation v = new Validation();
        if (d.founded() == null) {
            v.add("founded", "validation.required", "is required");
        }
        v.requireText(d.outcome(), "outcome", 5_000);
        if (d.refund() != null && (d.refund().signum() < 0 || !Boolean.TRUE.equals(d.founded()))) {
            v.add("refund", "validation.conductRefund", "is ordered only on a founded report, and not negative");
        }
        v.throwIfInvalid();
        ConductStatus.Step step = report.status().find(d.founded());
        if (!records.decideConduct(id, step, actor.organizationId(), actor.username(), clock.instant(),
                d.outcome().trim(), d.refund())) {
            throw ApiException.conflict("This report was decided meanwhile.");
        }
        events.publishEvent(new ConductDecided(id, report.operatorId(), report.bodyId(), d.founded()));
        return conduct(actor, id);
    }

    // ---- Art. 47 ----------------------------------------------------------------------------------------------------

    @Transactional
    public Investigation openInvestigation(Actor actor, UUID incidentId) {
        requireOversight(actor, "Liability investigations");
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot open an investigation.");
        }
        if (incidentId == null) {
            throw ApiException.invalid("incidentId", "is required");
        }
        IncidentView incident;
        try {
            incident = incidents.find(Actor.SYSTEM, incidentId);
        } catch (ApiException e) {
            throw ApiException.invalid("incidentId", "is not an incident reported in CIIP");
        }
        if (!GRAVE.contains(incident.grade().name())) {
            throw ApiException.invalid("incidentId", "is a " + incident.grade().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " incident: Art. 47 investigates major and particularly major ones");
        }
        UUID id = UUID.randomUUID();
        if (!records.insertInvestigation(id, incidentId, incident.operatorId(), actor.organizationId(),
                actor.username(), clock.instant())) {
            throw ApiException.conflict("This incident is under investigation already.");
        }
        events.publishEvent(new InvestigationOpened(id, incidentId, incident.operatorId()));
        return investigation(actor, id);
    }

    /** An investigation, for MPS and CAC and for the operator whose incident it is; 404 for anyone else. */
    public Investigation investigation(Actor actor, UUID id) {
        return records.investigation(id, operatorScope(actor, "Investigation " + id))
                .orElseThrow(() -> ApiException.notFound("Investigation " + id));
    }

    public PageResult<Investigation> investigations(Actor actor, PageQuery page) {
        return records.investigations(operatorScope(actor, "Investigations"), page);
    }

    @Transactional
    public Investigation recordFinding(Actor actor, UUID id, AccountabilityViews.NewFinding f) {
        requireOversight(actor, "Investigation " + id);
        Investigation investigation = investigation(actor, id);
        investigation.status().requireOpen();
        Validation v = new Validation();
        String role = f.partyRole() == null ? "" : f.partyRole().trim().toUpperCase(Locale.ROOT);
        if (!Set.of("OPERATOR", "SERVICE_AGENCY", "DEPARTMENT").contains(role)) {
            v.add("partyRole", "validation.oneOf", "must be OPERATOR, SERVICE_AGENCY or DEPARTMENT",
                    "OPERATOR, SERVICE_AGENCY, DEPARTMENT");
        }
        String name = f.partyName() == null ? null : f.partyName().trim();
        if (f.partyOrgId() != null) {
            OrganizationSummary party = organizations.find(f.partyOrgId()).orElse(null);
            if (party == null) {
                v.add("partyOrgId", "validation.unknownOrganization", "is not an organization in CIIP");
            } else {
                name = party.name();
            }
        } else {
            v.requireText(f.partyName(), "partyName", 300);
        }
        if (f.responsible() == null) {
            v.add("responsible", "validation.required", "is required");
        }
        v.requireText(f.finding(), "finding", 10_000);
        v.throwIfInvalid();
        int seq = records.addFinding(id, f, name).orElseThrow(() -> ApiException.conflict(
                "This investigation was concluded meanwhile."));
        events.publishEvent(new LiabilityFound(id, seq, role, f.responsible()));
        return investigation(actor, id);
    }

    @Transactional
    public Investigation conclude(Actor actor, UUID id, AccountabilityViews.Conclusion c) {
        requireOversight(actor, "Investigation " + id);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("An investigation is concluded by the principal or the security officer.");
        }
        Investigation investigation = investigation(actor, id);
        InvestigationStatus.Step step = investigation.status().conclude();
        Validation v = new Validation();
        if (c.liabilityAccident() == null) {
            v.add("liabilityAccident", "validation.required", "is required");
        }
        v.requireText(c.conclusion(), "conclusion", 10_000);
        v.throwIfInvalid();
        if (!records.conclude(id, step, c.liabilityAccident(), c.conclusion().trim(), clock.instant(),
                actor.username())) {
            throw ApiException.conflict("This investigation was concluded meanwhile.");
        }
        events.publishEvent(new InvestigationConcluded(id, investigation.operatorId(), c.liabilityAccident()));
        return investigation(actor, id);
    }

    /** null for MPS and CAC (everything); the operator's own id; anyone else finds nothing. */
    private static UUID operatorScope(Actor actor, String what) {
        if (oversees(actor)) {
            return null;
        }
        if (actor.is(OrganizationKind.OPERATOR)) {
            return actor.organizationId();
        }
        throw ApiException.notFound(what);
    }
}
