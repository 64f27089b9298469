package org.ciip.obligations.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code assessment} and {@code assessment_finding}, and nothing else. Transitions name the
 * state they expect. Names of operators, agencies and assets come from the registry's views; the CII assets of an
 * operator from identification's {@code identification_cii_assets}.
 */
@Repository
class Assessments {

    private static final String SELECT = """
            select s.*, o.name as operator_name, a.name as asset_name, g.name as agency_name from assessment s
            join registry_organization o on o.id = s.operator_id join registry_asset a on a.id = s.asset_id
            left join registry_organization g on g.id = s.agency_id""";

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An operator's own, a department's operators', an agency's engagements. */
    static SqlPredicate visibleTo(Actor actor) {
        return actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code")
                .or(actor.jurisdiction().partyTo("s.agency_id", OrganizationKind.SERVICE_AGENCY));
    }

    void insert(UUID id, UUID operatorId, UUID assetId, AssessmentService.AssessmentRequest request, UUID agencyId,
            Instant now, String by) {
        jdbc.sql("""
                insert into assessment (id, operator_id, asset_id, year, performer, agency_id, scope, started_on,
                    ended_on, status, created_at, created_by)
                values (:id, :op, :asset, :year, :performer, :agency, :scope, :start, :end, 'DRAFT', :now, :by)""")
                .param("id", id).param("op", operatorId).param("asset", assetId).param("year", request.year())
                .param("performer", request.performer()).param("agency", agencyId)
                .param("scope", request.scope().trim()).param("start", request.startedOn())
                .param("end", request.endedOn()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /**
     * Locks an open assessment while a finding is added, so that a submission waits for it; false when the
     * assessment is no longer open (a concurrent submission came first).
     */
    boolean lockOpen(UUID id) {
        return jdbc.sql("select id from assessment where id = :id and status in ('DRAFT', 'RETURNED') for update")
                .param("id", id).query(String.class).optional().isPresent();
    }

    /** Notes the testing authorization whose findings the assessment carries. */
    void markTesting(UUID id, String authorizationNumber) {
        jdbc.sql("update assessment set testing_authorization = :number where id = :id")
                .param("number", authorizationNumber).param("id", id).update();
    }

    void insertFinding(UUID id, UUID assessmentId, AssessmentService.FindingRequest request, String vector,
            BigDecimal score, Instant now) {
        jdbc.sql("""
                insert into assessment_finding (id, assessment_id, title, severity, cvss_vector, cvss_score, owner,
                    due_on, status, created_at)
                values (:id, :assessment, :title, :severity, :vector, :score, :owner, :due, 'OPEN', :now)""")
                .param("id", id).param("assessment", assessmentId).param("title", request.title().trim())
                .param("severity", request.severity()).param("vector", vector).param("score", score)
                .param("owner", request.owner().trim()).param("due", request.dueOn())
                .param("now", Timestamp.from(now)).update();
    }

    /** Moves a finding on if it is still where the step starts; false when a concurrent change came first. */
    boolean updateFinding(UUID findingId, FindingStatus.Step step, LocalDate rectifiedOn) {
        return jdbc.sql("update assessment_finding set status = :to, rectified_on = :on where id = :id "
                        + "and status = :from")
                .param("to", step.to().name()).param("on", rectifiedOn).param("id", findingId)
                .param("from", step.from().name()).update() == 1;
    }

    /** Submits an assessment that is still open; false when a concurrent request moved it first. */
    boolean submit(Assessment.Transition t, Instant now) {
        return jdbc.sql("update assessment set status = :to, submitted_at = :now where id = :id "
                        + "and status in ('DRAFT', 'RETURNED')")
                .param("to", t.to().name()).param("now", Timestamp.from(now)).param("id", t.assessment())
                .update() == 1;
    }

    /** Accepts or returns a submitted assessment; false when a concurrent decision came first. */
    boolean decide(Assessment.Transition t, Instant now, LocalDate today, String reason) {
        return jdbc.sql("""
                update assessment set status = :to, decided_at = :now, decided_on = :today,
                    decision_reason = :reason where id = :id and status = 'SUBMITTED'""")
                .param("to", t.to().name()).param("now", Timestamp.from(now)).param("today", today)
                .param("reason", reason).param("id", t.assessment()).update() == 1;
    }

    Optional<AssessmentService.AssessmentView> find(Actor actor, UUID id, LocalDate today) {
        SqlPredicate scope = visibleTo(actor);
        return jdbc.sql(SELECT + " where s.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query(Assessments::map).optional().map(a -> withFindings(List.of(a), today).getFirst());
    }

    PageResult<AssessmentService.AssessmentSummary> page(Actor actor, UUID operatorId, LocalDate today,
            PageQuery page) {
        Where where = Where.within(visibleTo(actor)).equal("s.operator_id", "op", operatorId).param("today", today);
        long total = jdbc.sql("select count(*) from assessment s join registry_organization o on o.id = s.operator_id "
                + "where " + where.sql()).params(where.params()).query(Long.class).single();
        List<AssessmentService.AssessmentSummary> items = jdbc.sql("""
                select s.*, o.name as operator_name, a.name as asset_name, g.name as agency_name,
                  f.findings, f.open_findings, f.overdue_findings
                from assessment s join registry_organization o on o.id = s.operator_id
                join registry_asset a on a.id = s.asset_id
                left join registry_organization g on g.id = s.agency_id
                cross join lateral (select count(*) as findings,
                    count(*) filter (where x.status <> 'RECTIFIED') as open_findings,
                    count(*) filter (where x.status <> 'RECTIFIED' and x.due_on < :today) as overdue_findings
                  from assessment_finding x where x.assessment_id = s.id) f
                where\s""" + where.sql() + " order by s.ended_on desc, s.created_at desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    AssessmentService.AssessmentView s = map(rs, n);
                    return new AssessmentService.AssessmentSummary(s.id(), s.operatorId(), s.operatorName(),
                            s.assetId(), s.assetName(), s.year(), s.performer(), s.agencyId(), s.agencyName(),
                            s.startedOn(), s.endedOn(), s.status(), rs.getLong("findings"), rs.getLong("open_findings"),
                            rs.getLong("overdue_findings"));
                }).list();
        return PageResult.of(items, page, total);
    }

    /** A CII asset of an operator with the end of its last accepted assessment and its first CII decision. */
    record CiiAsset(UUID id, String name, LocalDate lastAccepted, Instant identifiedAt) {
    }

    /** The operator's CII assets (identification's definition, as of {@code now}), by name. */
    List<CiiAsset> ciiAssets(UUID operatorId, Instant now) {
        return jdbc.sql("""
                select a.id, a.name,
                  (select max(s.ended_on) from assessment s where s.asset_id = a.id and s.status = 'ACCEPTED') as last_accepted,
                  (select min(i.decided_at) from identification i where i.asset_id = a.id and i.decision = 'CII') as identified_at
                from identification_cii_assets(:now) c join registry_asset a on a.id = c.asset_id
                where c.operator_id = :op order by a.name""")
                .param("op", operatorId).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    Timestamp identified = rs.getTimestamp("identified_at");
                    return new CiiAsset(UUID.fromString(rs.getString("id")), rs.getString("name"),
                            rs.getObject("last_accepted", LocalDate.class),
                            identified == null ? null : identified.toInstant());
                })
                .list();
    }

    private List<AssessmentService.AssessmentView> withFindings(List<AssessmentService.AssessmentView> assessments,
            LocalDate today) {
        UUID[] ids = assessments.stream().map(AssessmentService.AssessmentView::id).toArray(UUID[]::new);
        Map<UUID, List<AssessmentService.FindingView>> byAssessment = new HashMap<>();
        jdbc.sql("select * from assessment_finding where assessment_id = any(:ids) order by due_on, created_at")
                .param("ids", ids)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    FindingStatus status = FindingStatus.valueOf(rs.getString("status"));
                    byAssessment.computeIfAbsent(UUID.fromString(rs.getString("assessment_id")),
                            k -> new ArrayList<>()).add(new AssessmentService.FindingView(
                            UUID.fromString(rs.getString("id")), rs.getString("title"), rs.getString("severity"),
                            rs.getString("cvss_vector"), rs.getBigDecimal("cvss_score"),
                            AssessmentService.scoreKind(rs.getString("cvss_vector")), rs.getString("owner"), due,
                            status, rs.getObject("rectified_on", LocalDate.class),
                            status != FindingStatus.RECTIFIED && today.isAfter(due)));
                    return null;
                }).list();
        return assessments.stream().map(s -> new AssessmentService.AssessmentView(s.id(), s.operatorId(),
                s.operatorName(), s.assetId(), s.assetName(), s.year(), s.performer(), s.agencyId(), s.agencyName(),
                s.scope(), s.startedOn(), s.endedOn(), s.status(), s.submittedAt(), s.decidedAt(), s.decisionReason(),
                byAssessment.getOrDefault(s.id(), List.of()))).toList();
    }

    private static AssessmentService.AssessmentView map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        String agency = rs.getString("agency_id");
        return new AssessmentService.AssessmentView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                UUID.fromString(rs.getString("asset_id")), rs.getString("asset_name"), rs.getInt("year"),
                rs.getString("performer"), agency == null ? null : UUID.fromString(agency),
                rs.getString("agency_name"), rs.getString("scope"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), AssessmentStatus.valueOf(rs.getString("status")),
                submitted == null ? null : submitted.toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), List.of());
    }
}
