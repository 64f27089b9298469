package org.ciip.obligations.assessment;

import org.ciip.audit.ProtectedReads;
import org.ciip.audit.Purpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.compliance.CompliancePeriods;
import org.ciip.registry.AssetRegistry;
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
 * The annual network security detection and risk assessment of each CII asset (Art. 17): performed by the operator or
 * a service agency (which then sees that engagement), its findings with their rectification, submitted to the
 * protection department, which accepts it or returns it with reasons. A CII asset is overdue when no accepted
 * assessment ended within the interval ({@link CompliancePeriods}: 12 months) of the previous one, or of the asset's
 * identification as CII.
 */
@Service
public class AssessmentService implements org.ciip.obligations.TestingFindings {

    public static final Set<String> SEVERITIES = Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    private final Assessments assessments;
    private final OperatorAccess access;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final CompliancePeriods periods;

    private final ProtectedReads protectedReads;

    AssessmentService(Assessments assessments, OperatorAccess access, AssetRegistry assets,
            Organizations organizations, ApplicationEventPublisher events, Clock clock,
            CompliancePeriods periods, ProtectedReads protectedReads) {
        this.protectedReads = protectedReads;
        this.periods = periods;
        this.assessments = assessments;
        this.access = access;
        this.assets = assets;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public record AssessmentRequest(UUID assetId, Integer year, String performer, UUID agencyId, String scope,
            LocalDate startedOn, LocalDate endedOn) {
    }

    public record FindingRequest(String title, String severity, String cvssVector, String owner, LocalDate dueOn) {
    }

    public record RectificationRequest(String status, LocalDate rectifiedOn) {
    }

    public record DecisionRequest(String decision, String reason) {
    }

    /**
     * A finding; {@code cvssScoreKind} says what its score is of: {@code CVSS 3.1 base}, or for v4.0 the
     * specification's {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or {@code CVSS-BTE}.
     */
    public record FindingView(UUID id, String title, String severity, String cvssVector, BigDecimal cvssScore,
            String cvssScoreKind, String owner, LocalDate dueOn, FindingStatus status, LocalDate rectifiedOn,
            boolean overdue) {
    }

    public record AssessmentView(UUID id, UUID operatorId, String operatorName, UUID assetId, String assetName,
            int year, String performer, UUID agencyId, String agencyName, String scope, LocalDate startedOn,
            LocalDate endedOn, AssessmentStatus status, Instant submittedAt, Instant decidedAt, String decisionReason,
            List<FindingView> findings) {
    }

    /** An assessment in a list: its finding counts instead of its findings. */
    public record AssessmentSummary(UUID id, UUID operatorId, String operatorName, UUID assetId, String assetName,
            int year, String performer, UUID agencyId, String agencyName, LocalDate startedOn, LocalDate endedOn,
            AssessmentStatus status, long findings, long openFindings, long overdueFindings) {
    }

    /** When a CII asset's next assessment is due, and on what basis. */
    public record AssetDue(UUID assetId, String assetName, LocalDate lastAcceptedEndedOn, LocalDate identifiedOn,
            LocalDate dueOn, boolean overdue, long daysLeft) {
    }

    @Transactional
    public AssessmentView create(Actor actor, UUID operatorId, AssessmentRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        v.require(request.assetId() != null, "assetId", "validation.required", "is required");
        int thisYear = today().getYear();
        if (request.year() == null) {
            v.add("year", "validation.required", "is required");
        } else if (request.year() < 2021 || request.year() > thisYear) {
            v.add("year", "validation.range", "must be between 2021 and " + thisYear, 2021, thisYear);
        }
        if (!"SELF".equals(request.performer()) && !"AGENCY".equals(request.performer())) {
            v.add("performer", "validation.oneOf", "must be SELF or AGENCY", "SELF, AGENCY");
        } else if (request.performer().equals("AGENCY")) {
            boolean agency = request.agencyId() != null && organizations.find(request.agencyId())
                    .filter(o -> o.kind() == OrganizationKind.SERVICE_AGENCY).isPresent();
            v.require(agency, "agencyId", "validation.agency", "must be a registered network security service agency");
        }
        v.requireText(request.scope(), "scope", 2000);
        if (request.startedOn() == null) {
            v.add("startedOn", "validation.required", "is required");
        }
        v.requirePastDate(request.endedOn(), "endedOn", today());
        if (request.endedOn() != null && request.startedOn() != null && request.endedOn().isBefore(request.startedOn())) {
            v.add("endedOn", "validation.notBeforeStart", "cannot be before the start");
        }
        v.throwIfInvalid();
        AssetRegistry.AssetSummary asset = assets.visible(actor, request.assetId());
        if (!asset.operatorId().equals(operatorId)) {
            throw ApiException.notFound("Asset " + request.assetId());
        }
        UUID id = UUID.randomUUID();
        UUID agencyId = request.performer().equals("AGENCY") ? request.agencyId() : null;
        assessments.insert(id, operatorId, asset.id(), request, agencyId, clock.instant(), actor.username());
        events.publishEvent(new org.ciip.obligations.AssessmentCreated(id, asset.id(), asset.name(),
                asset.operatorName(), request.year(), request.performer(), agencyId));
        return get(actor, id);
    }

    /** A finding, added by the operator or the performing agency while the assessment is not yet submitted. */
    @Transactional
    public AssessmentView addFinding(Actor actor, UUID assessmentId, FindingRequest request) {
        AssessmentView assessment = get(actor, assessmentId);
        boolean operator = actor.organizationId() != null && actor.organizationId().equals(assessment.operatorId());
        boolean agency = actor.organizationId() != null && actor.organizationId().equals(assessment.agencyId());
        if (!(operator || agency) || !actor.canWrite()) {
            throw ApiException.forbidden("The operator or the agency that performed the assessment records findings.");
        }
        Assessment.of(assessment).requireOpenForFindings();
        Validation v = new Validation();
        v.requireText(request.title(), "title", 500);
        if (request.severity() == null || !SEVERITIES.contains(request.severity())) {
            v.add("severity", "validation.oneOf", "must be CRITICAL, HIGH, MEDIUM or LOW", "CRITICAL, HIGH, MEDIUM, LOW");
        }
        BigDecimal score = null;
        String vector = Validation.blankToNull(request.cvssVector());
        if (vector != null) {
            Optional<BigDecimal> computed = Cvss40.isVector(vector) ? Cvss40.score(vector) : Cvss31.baseScore(vector);
            score = computed.orElse(null);
            v.require(computed.isPresent(), "cvssVector", "validation.cvss",
                    "must be a complete CVSS v3.1 or v4.0 base vector, as in "
                            + "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H or "
                            + "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        }
        v.requireText(request.owner(), "owner", 100);
        v.require(request.dueOn() != null, "dueOn", "validation.required", "is required");
        v.throwIfInvalid();
        // the assessment's row is locked while the finding is added: a submission waits for it, and a finding added
        // after a concurrent submission finds the assessment no longer open
        if (!assessments.lockOpen(assessmentId)) {
            throw ApiException.conflict("A submitted or accepted assessment takes no new findings.");
        }
        UUID id = UUID.randomUUID();
        assessments.insertFinding(id, assessmentId, request, vector, score, clock.instant());
        events.publishEvent(new org.ciip.obligations.AssessmentFindingAdded(assessmentId, id, request.severity()));
        return get(actor, assessmentId);
    }

    /** The operator tracks each finding's rectification (Art. 17: "rectify the security problems found in time"). */
    @Transactional
    public AssessmentView rectify(Actor actor, UUID assessmentId, UUID findingId, RectificationRequest request) {
        AssessmentView assessment = get(actor, assessmentId);
        access.writable(actor, assessment.operatorId());
        FindingView finding = assessment.findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Finding " + findingId));
        Validation v = new Validation();
        FindingStatus to = null;
        try {
            to = request.status() == null ? null : FindingStatus.valueOf(request.status());
        } catch (IllegalArgumentException e) {
            // answered below, with the field
        }
        if (to == null) {
            v.add("status", "validation.oneOf", "must be OPEN, IN_PROGRESS or RECTIFIED", "OPEN, IN_PROGRESS, RECTIFIED");
        } else if (to == FindingStatus.RECTIFIED) {
            v.requirePastDate(request.rectifiedOn(), "rectifiedOn", today());
        }
        v.throwIfInvalid();
        FindingStatus.Step step = finding.status().to(to);
        // the update names the status it read: of two concurrent changes only one passes
        if (!assessments.updateFinding(finding.id(), step, to == FindingStatus.RECTIFIED ? request.rectifiedOn() : null)) {
            throw ApiException.conflict("This finding was changed meanwhile.");
        }
        events.publishEvent(new org.ciip.obligations.AssessmentFindingUpdated(assessmentId, findingId, to.name()));
        return get(actor, assessmentId);
    }

    @Transactional
    public AssessmentView submit(Actor actor, UUID assessmentId) {
        AssessmentView assessment = get(actor, assessmentId);
        OperatorAccess.OperatorRef operator = access.writable(actor, assessment.operatorId());
        Assessment.Transition submission = Assessment.of(assessment).submit();
        Instant now = clock.instant();
        // the update names the states it expects: of two concurrent submissions only one passes
        if (!assessments.submit(submission, now)) {
            throw ApiException.conflict("This assessment was submitted meanwhile.");
        }
        String sector = assets.visible(actor, assessment.assetId()).sector();
        events.publishEvent(new org.ciip.obligations.AssessmentSubmitted(assessmentId, operator.name(),
                assessment.assetName(), assessment.year(), assessment.findings().size(),
                organizations.departmentsFor(sector, operator.regionCode()), now));
        return get(actor, assessmentId);
    }

    /** The protection department accepts the assessment, or returns it with its reasons. */
    @Transactional
    public AssessmentView decide(Actor actor, UUID assessmentId, DecisionRequest request) {
        AssessmentView assessment = get(actor, assessmentId);
        access.supervisedBy(actor, assessment.operatorId());
        Assessment current = Assessment.of(assessment);
        current.requireSubmitted();
        Validation v = new Validation();
        if (!"ACCEPTED".equals(request.decision()) && !"RETURNED".equals(request.decision())) {
            v.add("decision", "validation.oneOf", "must be ACCEPTED or RETURNED", "ACCEPTED, RETURNED");
        } else if (request.decision().equals("RETURNED")) {
            v.requireText(request.reason(), "reason", 2000);
        } else {
            v.optionalText(request.reason(), "reason", 2000);
        }
        v.throwIfInvalid();
        Instant now = clock.instant();
        // the update names the state it expects: of two concurrent decisions only one passes
        if (!assessments.decide(current.decide(AssessmentStatus.valueOf(request.decision())), now, today(),
                Validation.blankToNull(request.reason()))) {
            throw ApiException.conflict("This assessment was accepted or returned meanwhile.");
        }
        events.publishEvent(new org.ciip.obligations.AssessmentDecided(assessmentId, request.decision(),
                Validation.blankToNull(request.reason()), assessment.operatorId(), assessment.assetName(),
                assessment.year(), now));
        return get(actor, assessmentId);
    }

    public AssessmentView get(Actor actor, UUID id) {
        AssessmentView view = assessments.find(actor, id, today())
                .orElseThrow(() -> ApiException.notFound("Assessment " + id));
        // the department deciding it and the agency performing it read it for the assessment itself (Art. 30)
        protectedReads.opened(actor, view.operatorId(), "Assessment", id, Purpose.of("ASSESSMENT", id));
        return view;
    }

    /**
     * The assessments the actor may see, newest first: an operator's own, a department's operators', an agency's
     * engagements; optionally one operator's.
     */
    public PageResult<AssessmentSummary> page(Actor actor, UUID operatorId, PageQuery page) {
        return assessments.page(actor, operatorId, today(), page);
    }

    /** Each CII asset of the operator with the due date of its next assessment (Art. 17: at least once a year). */
    public List<AssetDue> dueDates(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        LocalDate today = today();
        int months = periods.current().assessmentMonths();
        return assessments.ciiAssets(operatorId, clock.instant()).stream().map(a -> {
            LocalDate identifiedOn = a.identifiedAt() == null ? null
                    : LocalDate.ofInstant(a.identifiedAt(), LegalTime.ZONE);
            LocalDate basis = a.lastAccepted() != null ? a.lastAccepted() : identifiedOn != null ? identifiedOn : today;
            LocalDate due = basis.plusMonths(months);
            return new AssetDue(a.id(), a.name(), a.lastAccepted(), identifiedOn, due, today.isAfter(due),
                    ChronoUnit.DAYS.between(today, due));
        }).toList();
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    @Override
    public Optional<String> cvssProblem(String vector) {
        String v = Validation.blankToNull(vector);
        if (v == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> score = Cvss40.isVector(v) ? Cvss40.score(v) : Cvss31.baseScore(v);
        return score.isPresent() ? Optional.empty() : Optional.of("must be a complete CVSS v3.1 or v4.0 base vector");
    }

    /**
     * The findings of authorized testing as assessments of the operator's assets, one per asset: performed by the
     * agency (or the department) that tested, or by the operator itself when its own team did; left open (draft) for
     * the operator to rectify and submit.
     */
    @Override
    @Transactional
    public List<UUID> handOver(Handover h) {
        var performer = organizations.find(h.performerId()).orElseThrow();
        String kind = h.performerId().equals(h.operatorId()) ? "SELF"
                : performer.kind() == OrganizationKind.SERVICE_AGENCY ? "AGENCY" : "AUTHORITY";
        UUID agencyId = kind.equals("SELF") ? null : h.performerId();
        Instant now = clock.instant();
        java.util.Map<UUID, List<Finding>> byAsset = new java.util.LinkedHashMap<>();
        h.findings().forEach(f -> byAsset.computeIfAbsent(f.assetId(), a -> new java.util.ArrayList<>()).add(f));
        List<UUID> ids = new java.util.ArrayList<>();
        byAsset.forEach((assetId, findings) -> {
            UUID id = UUID.randomUUID();
            AssessmentRequest request = new AssessmentRequest(assetId, h.endedOn().getYear(), kind, agencyId,
                    h.scope(), h.startedOn(), h.endedOn());
            assessments.insert(id, h.operatorId(), assetId, request, agencyId, now, "testing " + h.authorizationNumber());
            assessments.markTesting(id, h.authorizationNumber());
            AssetRegistry.AssetSummary asset = assets.visible(Actor.SYSTEM, assetId);
            events.publishEvent(new org.ciip.obligations.AssessmentCreated(id, assetId, asset.name(),
                    asset.operatorName(), h.endedOn().getYear(), kind, agencyId));
            for (Finding f : findings) {
                String vector = Validation.blankToNull(f.cvssVector());
                BigDecimal score = vector == null ? null
                        : (Cvss40.isVector(vector) ? Cvss40.score(vector) : Cvss31.baseScore(vector)).orElse(null);
                UUID findingId = UUID.randomUUID();
                assessments.insertFinding(findingId, id, new FindingRequest(f.title(), f.severity(), vector,
                        h.owner(), f.rectifyBy()), vector, score, now);
                events.publishEvent(new org.ciip.obligations.AssessmentFindingAdded(id, findingId, f.severity()));
            }
            ids.add(id);
        });
        return ids;
    }

    static String scoreKind(String vector) {
        if (vector == null) {
            return null;
        }
        return Cvss40.isVector(vector) ? Cvss40.nomenclature(vector) : "CVSS 3.1 base";
    }
}
