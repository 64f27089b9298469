package org.ciip.obligations.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.notification.Notice;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.compliance.CompliancePeriods;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
public class AssessmentService {

    public static final Set<String> SEVERITIES = Set.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    public static final Set<String> FINDING_STATUSES = Set.of("OPEN", "IN_PROGRESS", "RECTIFIED");

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final AssetRegistry assets;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final CompliancePeriods periods;

    AssessmentService(JdbcClient jdbc, OperatorAccess access, AssetRegistry assets, Organizations organizations,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, CompliancePeriods periods) {
        this.periods = periods;
        this.jdbc = jdbc;
        this.access = access;
        this.assets = assets;
        this.organizations = organizations;
        this.audit = audit;
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
            String cvssScoreKind, String owner, LocalDate dueOn, String status, LocalDate rectifiedOn,
            boolean overdue) {
    }

    public record AssessmentView(UUID id, UUID operatorId, String operatorName, UUID assetId, String assetName,
            int year, String performer, UUID agencyId, String agencyName, String scope, LocalDate startedOn,
            LocalDate endedOn, String status, Instant submittedAt, Instant decidedAt, String decisionReason,
            List<FindingView> findings) {
    }

    /** An assessment in a list: its finding counts instead of its findings. */
    public record AssessmentSummary(UUID id, UUID operatorId, String operatorName, UUID assetId, String assetName,
            int year, String performer, UUID agencyId, String agencyName, LocalDate startedOn, LocalDate endedOn,
            String status, long findings, long openFindings, long overdueFindings) {
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
        jdbc.sql("""
                insert into assessment (id, operator_id, asset_id, year, performer, agency_id, scope, started_on,
                    ended_on, status, created_at, created_by)
                values (:id, :op, :asset, :year, :performer, :agency, :scope, :start, :end, 'DRAFT', :now, :by)""")
                .param("id", id).param("op", operatorId).param("asset", asset.id()).param("year", request.year())
                .param("performer", request.performer()).param("agency", agencyId)
                .param("scope", request.scope().trim()).param("start", request.startedOn())
                .param("end", request.endedOn()).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("assetId", asset.id().toString());
        summary.put("year", request.year());
        summary.put("performer", request.performer());
        audit.record("ASSESSMENT_CREATED", "Assessment", id, summary);
        if (agencyId != null) {
            events.publishEvent(new Notice("assessment:" + id + ":engaged", List.of(agencyId), "ASSESSMENT_ENGAGED",
                    "17", asset.operatorName() + " recorded you as the agency of its " + request.year()
                            + " assessment of \"" + asset.name() + "\"",
                    asset.operatorName() + "登记贵机构承担“" + asset.name() + "”" + request.year() + " 年度检测评估",
                    null, null, "/assessments/" + id));
        }
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
        if (!assessment.status().equals("DRAFT") && !assessment.status().equals("RETURNED")) {
            throw ApiException.conflict("A submitted or accepted assessment takes no new findings.");
        }
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
        if (jdbc.sql("select id from assessment where id = :id and status in ('DRAFT', 'RETURNED') for update")
                .param("id", assessmentId).query(String.class).optional().isEmpty()) {
            throw ApiException.conflict("A submitted or accepted assessment takes no new findings.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into assessment_finding (id, assessment_id, title, severity, cvss_vector, cvss_score, owner,
                    due_on, status, created_at)
                values (:id, :assessment, :title, :severity, :vector, :score, :owner, :due, 'OPEN', :now)""")
                .param("id", id).param("assessment", assessmentId).param("title", request.title().trim())
                .param("severity", request.severity()).param("vector", vector).param("score", score)
                .param("owner", request.owner().trim()).param("due", request.dueOn())
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record("ASSESSMENT_FINDING_ADDED", "Assessment", assessmentId,
                Map.of("findingId", id.toString(), "severity", request.severity()));
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
        if (request.status() == null || !FINDING_STATUSES.contains(request.status())) {
            v.add("status", "validation.oneOf", "must be OPEN, IN_PROGRESS or RECTIFIED", "OPEN, IN_PROGRESS, RECTIFIED");
        } else if (request.status().equals("RECTIFIED")) {
            v.requirePastDate(request.rectifiedOn(), "rectifiedOn", today());
        }
        v.throwIfInvalid();
        jdbc.sql("update assessment_finding set status = :status, rectified_on = :on where id = :id")
                .param("status", request.status())
                .param("on", request.status().equals("RECTIFIED") ? request.rectifiedOn() : null)
                .param("id", finding.id()).update();
        audit.record("ASSESSMENT_FINDING_" + request.status(), "Assessment", assessmentId,
                Map.of("findingId", findingId.toString()));
        return get(actor, assessmentId);
    }

    @Transactional
    public AssessmentView submit(Actor actor, UUID assessmentId) {
        AssessmentView assessment = get(actor, assessmentId);
        OperatorAccess.OperatorRef operator = access.writable(actor, assessment.operatorId());
        if (!assessment.status().equals("DRAFT") && !assessment.status().equals("RETURNED")) {
            throw ApiException.conflict("This assessment is already " + assessment.status().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        // the update names the states it expects: of two concurrent submissions only one passes
        if (jdbc.sql("update assessment set status = 'SUBMITTED', submitted_at = :now where id = :id "
                        + "and status in ('DRAFT', 'RETURNED')")
                .param("now", Timestamp.from(now)).param("id", assessmentId).update() == 0) {
            throw ApiException.conflict("This assessment was submitted meanwhile.");
        }
        audit.record("ASSESSMENT_SUBMITTED", "Assessment", assessmentId, Map.of("findings",
                assessment.findings().size()));
        String sector = jdbc.sql("select sector from asset where id = :id").param("id", assessment.assetId())
                .query(String.class).single();
        events.publishEvent(new Notice("assessment:" + assessmentId + ":submitted:" + now.toEpochMilli(),
                organizations.departmentsFor(sector, operator.regionCode()), "ASSESSMENT_SUBMITTED", "17",
                operator.name() + " submitted the " + assessment.year() + " assessment of \"" + assessment.assetName()
                        + "\"",
                operator.name() + "提交了“" + assessment.assetName() + "”" + assessment.year() + " 年度检测评估",
                null, null, "/assessments/" + assessmentId));
        return get(actor, assessmentId);
    }

    /** The protection department accepts the assessment, or returns it with its reasons. */
    @Transactional
    public AssessmentView decide(Actor actor, UUID assessmentId, DecisionRequest request) {
        AssessmentView assessment = get(actor, assessmentId);
        access.supervisedBy(actor, assessment.operatorId());
        if (!assessment.status().equals("SUBMITTED")) {
            throw ApiException.conflict("Only a submitted assessment is accepted or returned; this one is "
                    + assessment.status() + ".");
        }
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
        if (jdbc.sql("""
                update assessment set status = :status, decided_at = :now, decided_on = :today,
                    decision_reason = :reason where id = :id and status = 'SUBMITTED'""")
                .param("status", request.decision()).param("now", Timestamp.from(now)).param("today", today())
                .param("reason", Validation.blankToNull(request.reason())).param("id", assessmentId).update() == 0) {
            throw ApiException.conflict("This assessment was accepted or returned meanwhile.");
        }
        audit.record("ASSESSMENT_" + request.decision(), "Assessment", assessmentId,
                Map.of("reason", Validation.blankToNull(request.reason()) == null ? "" : request.reason().trim()));
        boolean accepted = request.decision().equals("ACCEPTED");
        events.publishEvent(new Notice("assessment:" + assessmentId + ":" + request.decision() + ":" + now.toEpochMilli(),
                List.of(assessment.operatorId()), "ASSESSMENT_" + request.decision(), "17",
                "Your " + assessment.year() + " assessment of \"" + assessment.assetName() + "\" was "
                        + (accepted ? "accepted" : "returned"),
                "“" + assessment.assetName() + "”" + assessment.year() + " 年度检测评估已" + (accepted ? "通过" : "被退回"),
                Validation.blankToNull(request.reason()), Validation.blankToNull(request.reason()),
                "/assessments/" + assessmentId));
        return get(actor, assessmentId);
    }

    private static final String SELECT = """
            select s.*, o.name as operator_name, a.name as asset_name, g.name as agency_name from assessment s
            join organization o on o.id = s.operator_id join asset a on a.id = s.asset_id
            left join organization g on g.id = s.agency_id""";

    public AssessmentView get(Actor actor, UUID id) {
        SqlPredicate scope = scope(actor);
        AssessmentView assessment = jdbc.sql(SELECT + " where s.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).query(this::map).optional()
                .orElseThrow(() -> ApiException.notFound("Assessment " + id));
        return withFindings(List.of(assessment)).getFirst();
    }

    /**
     * The assessments the actor may see, newest first: an operator's own, a department's operators', an agency's
     * engagements; optionally one operator's.
     */
    public PageResult<AssessmentSummary> page(Actor actor, UUID operatorId, PageQuery page) {
        SqlPredicate scope = scope(actor);
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        String condition = scope.sql();
        if (operatorId != null) {
            condition += " and s.operator_id = :op";
            params.put("op", operatorId);
        }
        long total = jdbc.sql("select count(*) from assessment s join organization o on o.id = s.operator_id where "
                + condition).params(params).query(Long.class).single();
        List<AssessmentSummary> items = jdbc.sql("""
                select s.*, o.name as operator_name, a.name as asset_name, g.name as agency_name,
                  f.findings, f.open_findings, f.overdue_findings
                from assessment s join organization o on o.id = s.operator_id join asset a on a.id = s.asset_id
                left join organization g on g.id = s.agency_id
                cross join lateral (select count(*) as findings,
                    count(*) filter (where x.status <> 'RECTIFIED') as open_findings,
                    count(*) filter (where x.status <> 'RECTIFIED' and x.due_on < :today) as overdue_findings
                  from assessment_finding x where x.assessment_id = s.id) f
                where\s""" + condition + " order by s.ended_on desc, s.created_at desc limit :limit offset :offset")
                .params(params).param("today", today()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    AssessmentView s = map(rs, n);
                    return new AssessmentSummary(s.id(), s.operatorId(), s.operatorName(), s.assetId(),
                            s.assetName(), s.year(), s.performer(), s.agencyId(), s.agencyName(), s.startedOn(),
                            s.endedOn(), s.status(), rs.getLong("findings"), rs.getLong("open_findings"),
                            rs.getLong("overdue_findings"));
                }).list();
        return PageResult.of(items, page, total);
    }

    /** Each CII asset of the operator with the due date of its next assessment (Art. 17: at least once a year). */
    public List<AssetDue> dueDates(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        LocalDate today = today();
        int months = periods.current().assessmentMonths();
        return jdbc.sql("""
                select a.id, a.name,
                  (select max(s.ended_on) from assessment s where s.asset_id = a.id and s.status = 'ACCEPTED') as last_accepted,
                  (select min(i.decided_at) from identification i where i.asset_id = a.id and i.decision = 'CII') as identified_at
                from identification_cii_assets(:now) c join registry_asset a on a.id = c.asset_id
                where c.operator_id = :op order by a.name""")
                .param("op", operatorId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    LocalDate last = rs.getObject("last_accepted", LocalDate.class);
                    Timestamp identified = rs.getTimestamp("identified_at");
                    LocalDate identifiedOn = identified == null ? null
                            : LocalDate.ofInstant(identified.toInstant(), LegalTime.ZONE);
                    LocalDate basis = last != null ? last : identifiedOn != null ? identifiedOn : today;
                    LocalDate due = basis.plusMonths(months);
                    return new AssetDue(UUID.fromString(rs.getString("id")), rs.getString("name"), last, identifiedOn,
                            due, today.isAfter(due), ChronoUnit.DAYS.between(today, due));
                })
                .list();
    }

    private static SqlPredicate scope(Actor actor) {
        return actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code")
                .or(actor.jurisdiction().partyTo("s.agency_id", OrganizationKind.SERVICE_AGENCY));
    }

    private List<AssessmentView> withFindings(List<AssessmentView> assessments) {
        if (assessments.isEmpty()) {
            return assessments;
        }
        UUID[] ids = assessments.stream().map(AssessmentView::id).toArray(UUID[]::new);
        LocalDate today = today();
        Map<UUID, List<FindingView>> byAssessment = new java.util.HashMap<>();
        jdbc.sql("select * from assessment_finding where assessment_id = any(:ids) order by due_on, created_at")
                .param("ids", ids)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    String status = rs.getString("status");
                    byAssessment.computeIfAbsent(UUID.fromString(rs.getString("assessment_id")),
                            k -> new java.util.ArrayList<>()).add(new FindingView(UUID.fromString(rs.getString("id")),
                            rs.getString("title"), rs.getString("severity"), rs.getString("cvss_vector"),
                            rs.getBigDecimal("cvss_score"), scoreKind(rs.getString("cvss_vector")),
                            rs.getString("owner"), due, status,
                            rs.getObject("rectified_on", LocalDate.class),
                            !status.equals("RECTIFIED") && today.isAfter(due)));
                    return null;
                }).list();
        return assessments.stream().map(s -> new AssessmentView(s.id(), s.operatorId(), s.operatorName(), s.assetId(),
                s.assetName(), s.year(), s.performer(), s.agencyId(), s.agencyName(), s.scope(), s.startedOn(),
                s.endedOn(), s.status(), s.submittedAt(), s.decidedAt(), s.decisionReason(),
                byAssessment.getOrDefault(s.id(), List.of()))).toList();
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    private static String scoreKind(String vector) {
        if (vector == null) {
            return null;
        }
        return Cvss40.isVector(vector) ? Cvss40.nomenclature(vector) : "CVSS 3.1 base";
    }

    private AssessmentView map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        String agency = rs.getString("agency_id");
        return new AssessmentView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), UUID.fromString(rs.getString("asset_id")), rs.getString("asset_name"),
                rs.getInt("year"), rs.getString("performer"), agency == null ? null : UUID.fromString(agency),
                rs.getString("agency_name"), rs.getString("scope"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("status"),
                submitted == null ? null : submitted.toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), List.of());
    }
}
