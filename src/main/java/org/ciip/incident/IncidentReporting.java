package org.ciip.incident;

import org.ciip.audit.ProtectedReads;
import org.ciip.audit.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.calendar.LegalCalendars;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;
import org.ciip.incident.grading.GradingService;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.AssetSummary;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reporting on statutory clocks (Decree 745 Art. 18, 40; Measures Art. 4-8), the module's public API: an
 * operator reports, supplements, ends the handling and files the final report; its recipients acknowledge and forward;
 * a sweep marks missed clocks late. Each change publishes its past-tense event in its transaction; the audit trail and
 * the notices are written by listeners of those events.
 */
@Service
public class IncidentReporting {

    /** GB/T 20986-2023 top-level categories, as a report names them. */
    public static final List<String> CATEGORIES = ReportValidation.CATEGORIES;

    private final Incidents incidents;
    private final GradingService grading;
    private final ReportingRuleSets ruleSets;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final LegalCalendars calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProtectedReads protectedReads;
    private final Receipts receipts;

    IncidentReporting(Incidents incidents, GradingService grading, ReportingRuleSets ruleSets, AssetRegistry assets,
            Organizations organizations, LegalCalendars calendar, ApplicationEventPublisher events, Clock clock,
            ProtectedReads protectedReads, Receipts receipts) {
        this.protectedReads = protectedReads;
        this.receipts = receipts;
        this.incidents = incidents;
        this.grading = grading;
        this.ruleSets = ruleSets;
        this.assets = assets;
        this.organizations = organizations;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /** Now, to the microsecond, as PostgreSQL stores it, so that due instants match what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- filing -------------------------------------------------------------------------------------------------

    /** An operator reports an incident: graded, routed to its recipients, every clock recorded (Art. 18). */
    @Transactional
    public IncidentView report(Actor actor, IncidentRequests.Report r) {
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only an operator's staff report its incidents (Art. 18).");
        }
        Instant now = now();
        ReportValidation.report(r, now);
        Instant discoveredAt = r.discoveredAt().truncatedTo(ChronoUnit.MICROS);
        List<AssetSummary> affected = assets.visible(actor, r.assetIds());
        GradingGuide guide = grading.current();
        GradingGuide.Result computed = guide.grade(r.impact() == null ? ImpactFigures.NONE : r.impact());
        Grade grade = r.grade() == null ? computed.grade() : r.grade();
        boolean below = !grade.atLeast(computed.grade());
        if (grade != computed.grade() && Validation.isBlank(r.gradeReason())) {
            throw ApiException.invalid("gradeReason", "is required when the grade differs from the computed grade ("
                    + computed.grade() + ")");
        }
        // the operator and the authorities its report may go to, in one look-up
        Organizations.ReportingParties parties = organizations.reportingParties(actor.organizationId(),
                Routing.sectors(affected)).orElseThrow();
        OrganizationSummary operator = parties.reporter();
        String operatorClass = Routing.operatorClass(affected, operator.stateOrgan());
        ReportingRuleSets.RuleSet ruleSet = ruleSets.current();
        // first reports (clock from discovery) are made by this filing
        Routing.Routed routed = Routing.plan(ruleSet.applicable(operatorClass, grade), parties, affected, discoveredAt,
                now, null, this::legalDue);
        IncidentRequests.Report content = r.withDiscoveredAt(discoveredAt);
        IncidentView.Version first = receipts.version(1, "INITIAL", content, actor.username(), now);
        UUID id = UUID.randomUUID();
        String summary = r.summary().trim();
        incidents.insert(new Incidents.NewIncident(id, operator.id(), operatorClass, ruleSet.id(), discoveredAt, now,
                r.category(), Validation.blankToNull(r.subcategory()), summary, computed.grade(), grade,
                Validation.blankToNull(r.gradeReason()), below, IncidentContent.reasonsJson(computed.reasons()),
                guide.version(), actor.username(), affected.stream().map(AssetSummary::id).toList(), first), routed);
        events.publishEvent(new IncidentReported(id, operator.id(), operator.name(), summary, grade, computed.grade(),
                below, operatorClass, ruleSet.code(), discoveredAt, routed.firstRecipients(), first.sha256()));
        // the answer is built from what was just written, as find() would read it back
        List<IncidentView.Obligation> obligations = routed.obligations().stream().sorted(Routing.OBLIGATION_ORDER)
                .toList();
        return new IncidentView(id, operator.id(), operator.name(), operatorClass, ruleSet.code(),
                affected.stream().map(a -> new IncidentView.AssetRef(a.id(), a.name(), a.ciiStatus()))
                        .sorted(Routing.ASSET_ORDER).toList(),
                discoveredAt, now, r.category(), Validation.blankToNull(r.subcategory()), summary, grade,
                computed.grade(), computed.reasons(), Validation.blankToNull(r.gradeReason()), below,
                IncidentStatus.OPEN, null, null, obligations.stream().anyMatch(o -> o.status() == ObligationStatus.LATE),
                obligations, routed.recipients().stream().sorted(Routing.RECIPIENT_ORDER).toList(), List.of(first),
                receipts.of(id, first));
    }

    /** What filing would do, without filing: the grade, its reasons, and each clock that starts at discovery. */
    public IncidentPreview preview(Actor actor, List<UUID> assetIds, Instant discoveredAt, ImpactFigures impact,
            Grade chosen) {
        ReportValidation.preview(impact);
        List<AssetSummary> affected = assetIds == null ? List.of() : assets.visible(actor, assetIds);
        OrganizationSummary operator = organizations.find(actor.organizationId()).orElseThrow();
        String operatorClass = Routing.operatorClass(affected, operator.stateOrgan());
        GradingGuide.Result computed = grading.current().grade(impact == null ? ImpactFigures.NONE : impact);
        Grade grade = chosen == null ? computed.grade() : chosen;
        List<IncidentPreview.PlannedClock> clocks = new ArrayList<>();
        for (ReportingRule rule : ruleSets.current().applicable(operatorClass, grade)) {
            Instant due = rule.clockStart().equals("DISCOVERY") && discoveredAt != null && rule.exactDuration() != null
                    ? discoveredAt.plus(rule.exactDuration()) : null;
            clocks.add(new IncidentPreview.PlannedClock(rule.obligationKind(), rule.recipient(), due,
                    rule.clockStart(), rule.article()));
        }
        return new IncidentPreview(grade, computed.reasons(), operatorClass, clocks);
    }

    // ---- regulators -----------------------------------------------------------------------------------------------

    /** A first recipient forwards a major incident (to CAC and MPS for CII), meeting its forwarding clocks. */
    @Transactional
    public IncidentView forward(Actor actor, UUID id) {
        IncidentView incident = find(actor, id);
        if (!actor.canWrite()) {
            throw ApiException.forbidden("A viewer cannot forward incidents.");
        }
        Instant now = clock.instant();
        List<IncidentView.Obligation> mine = incident.obligations().stream()
                .filter(o -> o.kind().startsWith("FORWARD_TO_") && actor.organizationId().equals(o.obligedId())
                        && o.metAt() == null)
                .toList();
        // met only if still open: of two concurrent forwardings, the second finds nothing left
        if (mine.isEmpty() || incidents.meet(mine.stream().map(IncidentView.Obligation::id).toList(), now)
                < mine.size()) {
            throw ApiException.conflict("There is nothing for your organization to forward on this incident.");
        }
        Set<UUID> targets = new LinkedHashSet<>();
        mine.stream().map(IncidentView.Obligation::recipientId).filter(o -> o != null).forEach(targets::add);
        incidents.addRecipients(id, targets, "FORWARDED_TO", now);
        events.publishEvent(new IncidentForwarded(id, actor.organizationId(), actor.displayName(),
                List.copyOf(targets), now, incident.grade(), incident.operatorName(), incident.summary()));
        return find(actor, id);
    }

    /** A recipient acknowledges receipt; the first acknowledgement stands. */
    @Transactional
    public IncidentView acknowledge(Actor actor, UUID id) {
        find(actor, id);
        if (!incidents.acknowledge(id, actor.organizationId(), actor.username(), clock.instant())) {
            throw ApiException.conflict("Only a recipient of the incident acknowledges it.");
        }
        events.publishEvent(new IncidentAcknowledged(id, actor.organizationId()));
        return find(actor, id);
    }

    // ---- after the first report ---------------------------------------------------------------------------------

    /**
     * The operator adds new developments or investigation progress (Measures Art. 7) as a new version; figures that
     * reach a higher grade raise the incident to it.
     */
    @Transactional
    public IncidentView supplement(Actor actor, UUID id, IncidentRequests.Supplement s) {
        IncidentView incident = ownIncident(actor, id);
        Incident.of(incident).requireSupplementable();
        ReportValidation.supplement(s);
        Instant now = now();
        IncidentView.Version version = addVersion(incident, "SUPPLEMENT", s, actor, now,
                EnumSet.of(IncidentStatus.OPEN, IncidentStatus.HANDLING_ENDED));
        events.publishEvent(new IncidentSupplemented(id, incident.operatorName(), s.development().trim(),
                version.seq(), version.sha256(), recipients(incident)));
        if (s.impact() != null) {
            regrade(actor, incident, s.impact().over(IncidentContent.knownImpact(incident.versions())), version.seq(),
                    now);
        }
        return find(actor, id);
    }

    /**
     * A supplement whose figures reach a higher grade raises the incident to it: the obligations the rule set adds at
     * that grade are created as if reported now (a first report due from discovery is met, or late, by this
     * supplement; forwarding is due from now), and the new recipients are told.
     */
    private void regrade(Actor actor, IncidentView incident, ImpactFigures impact, int seq, Instant now) {
        GradingGuide guide = grading.current();
        GradingGuide.Result computed = guide.grade(impact);
        Grade before = incident.grade();
        // a grade the reporter set below the computed one (with a reason) stands until the figures go higher still
        if (Grade.higher(before, incident.computedGrade()).atLeast(computed.grade())) {
            return;
        }
        UUID id = incident.id();
        if (!incidents.regrade(id, before, computed.grade(), "Raised from " + before + " by the figures of supplement "
                + seq, IncidentContent.reasonsJson(computed.reasons()), guide.version())) {
            throw ApiException.conflict("The incident's grade changed meanwhile; reload it and supplement again.");
        }
        ReportingRuleSets.RuleSet ruleSet = ruleSets.byCode(incident.ruleSet());
        Set<String> existing = new HashSet<>();
        ruleSet.applicable(incident.operatorClass(), before).forEach(r -> existing.add(r.obligationKind()));
        List<ReportingRule> added = ruleSet.applicable(incident.operatorClass(), computed.grade()).stream()
                .filter(r -> !existing.contains(r.obligationKind())).toList();
        List<AssetSummary> affected = assets.visible(actor,
                incident.assets().stream().map(IncidentView.AssetRef::id).toList());
        Organizations.ReportingParties parties = organizations.reportingParties(incident.operatorId(),
                Routing.sectors(affected)).orElseThrow();
        Routing.Routed routed = Routing.plan(added, parties, affected, incident.discoveredAt(), now,
                incident.handlingEndedAt(), this::legalDue);
        incidents.insertRouting(id, now, routed);
        Set<UUID> told = new LinkedHashSet<>(recipients(incident));
        told.addAll(routed.firstRecipients());
        events.publishEvent(new IncidentRegraded(id, incident.operatorName(), incident.summary(), before,
                computed.grade(), seq, List.copyOf(told)));
    }

    /** The operator ended the handling: the clock of the final report starts (Measures Art. 8). */
    @Transactional
    public IncidentView endHandling(Actor actor, UUID id) {
        IncidentView incident = ownIncident(actor, id);
        Instant now = clock.instant();
        transition(Incident.of(incident).endHandling(), now, Incident::endHandling);
        for (ReportingRule rule : ruleSets.byCode(incident.ruleSet()).rules()) {
            if (rule.clockStart().equals("HANDLING_ENDED")) {
                incidents.startClock(id, rule.obligationKind(), legalDue(now, rule));
            }
        }
        addVersion(incident, "HANDLING_ENDED", Map.of("handlingEndedAt", now.toString()), actor, now,
                EnumSet.of(IncidentStatus.HANDLING_ENDED));
        events.publishEvent(new IncidentHandlingEnded(id, now));
        return find(actor, id);
    }

    /** The operator files the final report after the handling ended (Measures Art. 8); it closes the incident. */
    @Transactional
    public IncidentView fileFinalReport(Actor actor, UUID id, IncidentRequests.FinalReport f) {
        IncidentView incident = ownIncident(actor, id);
        Incident.Transition closing = Incident.of(incident).close();
        ReportValidation.finalReport(f);
        Instant now = clock.instant();
        transition(closing, now, Incident::close);
        IncidentView.Version version = addVersion(incident, "FINAL_REPORT", f, actor, now,
                EnumSet.of(IncidentStatus.CLOSED));
        incidents.meet(id, "FINAL_REPORT", now);
        events.publishEvent(new IncidentFinalReportFiled(id, incident.operatorName(), incident.summary(),
                version.seq(), version.sha256(), recipients(incident)));
        return find(actor, id);
    }

    /**
     * Writes a transition; when a concurrent request moved the incident first, the step is judged again from the
     * state that request left, which refuses it with the same 409 a later request would get.
     */
    private void transition(Incident.Transition transition, Instant at,
            java.util.function.Function<Incident, Incident.Transition> step) {
        if (!incidents.transition(transition, at)) {
            IncidentStatus current = incidents.status(transition.incident()).orElseThrow();
            step.apply(new Incident(transition.incident(), current));
            throw ApiException.conflict("The incident changed meanwhile; reload it.");
        }
    }

    /** Adds the next version, if the incident is still in one of the {@code expected} states. */
    private IncidentView.Version addVersion(IncidentView incident, String kind, Object content, Actor actor,
            Instant at, Set<IncidentStatus> expected) {
        int seq = incidents.nextVersion(incident.id(), expected).orElseThrow(() -> ApiException.conflict(
                "The incident was closed by its final report meanwhile."));
        IncidentView.Version version = receipts.version(seq, kind, content, actor.username(), at);
        incidents.insertVersion(incident.id(), version);
        return version;
    }

    private static List<UUID> recipients(IncidentView incident) {
        return incident.recipients().stream().map(IncidentView.Recipient::organizationId).toList();
    }

    /** The end of a day or month period that starts on the legal date of {@code startedAt}. */
    private Instant legalDue(Instant startedAt, ReportingRule rule) {
        LocalDate start = LocalDate.ofInstant(startedAt, LegalTime.ZONE);
        LocalDate end = switch (rule.dueUnit()) {
            case "DAYS" -> calendar.daysFrom(start, rule.dueAmount()).endDate();
            case "MONTHS" -> calendar.monthsFrom(start, rule.dueAmount()).endDate();
            default -> throw new IllegalStateException("not a calendar unit: " + rule.dueUnit());
        };
        // the last day ends at 24:00 (Civil Code Art. 203)
        return end.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant();
    }

    private IncidentView ownIncident(Actor actor, UUID id) {
        IncidentView incident = find(actor, id);
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the reporting operator's staff add to its incident report.");
        }
        return incident;
    }

    // ---- the sweep --------------------------------------------------------------------------------------------------

    /** Marks every pending obligation past its due instant late; the obliged organization is told. */
    @Transactional
    public int markLate() {
        List<Incidents.Late> late = incidents.markLate(clock.instant());
        for (Incidents.Late l : late) {
            events.publishEvent(new IncidentObligationMissed(l.obligation(), l.incident(), l.kind(), l.obliged()));
        }
        return late.size();
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** The incident, if the actor may see it (its operator, its recipients); 404 otherwise. */
    public IncidentView find(Actor actor, UUID id) {
        Incidents.Head head = incidents.head(Incidents.scope(actor), id)
                .orElseThrow(() -> ApiException.notFound("Incident " + id));
        // a recipient reads the incident for the incident itself (Art. 30): audited with that purpose
        protectedReads.opened(actor, head.operatorId(), "Incident", id, Purpose.of("INCIDENT", id));
        List<IncidentView.Obligation> obligations = incidents.obligations(id).stream()
                .sorted(Routing.OBLIGATION_ORDER).toList();
        List<IncidentView.Version> versions = IncidentContent.withChanges(incidents.versions(id));
        IncidentView.Version last = versions.getLast();
        List<GradingGuide.Reason> reasons = head.gradeReasonsJson() != null
                ? IncidentContent.reasons(head.gradeReasonsJson())
                // filed before reasons were recorded (migration V13): regrade the first report's figures
                : grading.current().grade(IncidentContent.impactOf(versions.getFirst().content())).reasons();
        return new IncidentView(id, head.operatorId(), head.operatorName(), head.operatorClass(), head.ruleSet(),
                incidents.assets(id).stream().sorted(Routing.ASSET_ORDER).toList(), head.discoveredAt(),
                head.reportedAt(), head.category(), head.subcategory(), head.summary(), head.grade(),
                head.computedGrade(), reasons, head.gradeReason(), head.gradeBelowComputed(), head.status(),
                head.handlingEndedAt(), head.closedAt(),
                obligations.stream().anyMatch(o -> o.status() == ObligationStatus.LATE), obligations,
                incidents.recipients(id).stream().sorted(Routing.RECIPIENT_ORDER).toList(), versions,
                receipts.of(id, last));
    }

    /**
     * What the incident list is filtered by, as the page and the API take it: {@code grade} and {@code status} by their
     * names, whether a clock was missed ({@code late}), what waits for the reader's organization ({@code waiting}, an
     * {@link IncidentQueue} name, as its work queue links), a text in the summary or the operator's name ({@code q}),
     * and the days it was reported between ({@code from} to {@code to}, Beijing time, both included). Any may be null.
     */
    public record ListFilter(String grade, String status, Boolean late, String waiting, String q, LocalDate from,
            LocalDate to) {

        public static ListFilter none() {
            return new ListFilter(null, null, null, null, null, null, null);
        }
    }

    /**
     * The incidents the actor reported, or that were reported or forwarded to it, as {@code filter} selects them; a
     * name that is no grade, status or queue, an implausible date or a range that ends before it starts is a 400
     * naming the parameter.
     */
    public PageResult<IncidentSummary> list(Actor actor, ListFilter filter, PageQuery page) {
        Validation v = new Validation();
        v.dateRange(filter.from(), "from", filter.to(), "to");
        v.optionalText(filter.q(), "q", 200);
        v.throwIfInvalid();
        return incidents.list(actor, new Incidents.Filter(Validation.filter(Grade.class, filter.grade(), "grade"),
                Validation.filter(IncidentStatus.class, filter.status(), "status"),
                Boolean.TRUE.equals(filter.late()), Validation.filter(IncidentQueue.class, filter.waiting(), "waiting"),
                Validation.blankToNull(filter.q()),
                filter.from() == null ? null : filter.from().atStartOfDay(LegalTime.ZONE).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant()),
                page);
    }
}
