package org.ciip.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ciip.incident.grading.Grade;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over the incident tables ({@code incident}, {@code incident_asset}, {@code incident_version},
 * {@code incident_obligation}, {@code incident_recipient}), and nothing else. State changes name the state they
 * expect, so that of two concurrent transitions only one writes. Names of organizations and assets come from the views
 * the registry publishes ({@code registry_organization}, {@code registry_asset}), not from its tables.
 */
@Repository
class Incidents {

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts a report records, with its first version and its routing. */
    record NewIncident(UUID id, UUID operatorId, String operatorClass, UUID ruleSetId, Instant discoveredAt,
            Instant reportedAt, String category, String subcategory, String summary, Grade computedGrade, Grade grade,
            String gradeReason, boolean gradeBelowComputed, String gradeReasonsJson, String gradingGuideVersion,
            String reportedBy, List<UUID> assetIds, IncidentView.Version firstVersion) {
    }

    /**
     * The incident, its assets, its first version, its obligations and who received it: one statement, one round trip
     * (the foreign keys of the later parts are checked at its end, against the incident it inserts).
     */
    void insert(NewIncident i, Routing.Routed routed) {
        jdbc.sql("""
                with incident_row as (
                    insert into incident (id, operator_id, operator_class, rule_set_id, discovered_at, reported_at,
                        category, subcategory, summary, computed_grade, grade, grade_reason, grade_below_computed,
                        grade_reasons, grading_guide_version, status, versions, reported_by)
                    values (:id, :operator, :class, :ruleSet, :discovered, :now, :category, :subcategory, :summary,
                        :computed, :grade, :reason, :below, :reasons, :guide, 'OPEN', 1, :by)),
                assets as (
                    insert into incident_asset (incident_id, asset_id)
                    select :id, unnest(cast(:assets as uuid[]))),
                first_version as (
                    insert into incident_version (incident_id, seq, kind, submitted_at, submitted_by, content, sha256,
                                                  hash_algorithm, hash)
                    values (:id, 1, :kind, :now, :by, :content, :sha, :hashAlgorithm, :hash)),
                """ + ROUTING)
                .param("id", i.id()).param("operator", i.operatorId()).param("class", i.operatorClass())
                .param("ruleSet", i.ruleSetId()).param("discovered", Timestamp.from(i.discoveredAt()))
                .param("now", Timestamp.from(i.reportedAt())).param("category", i.category())
                .param("subcategory", i.subcategory()).param("summary", i.summary())
                .param("computed", i.computedGrade().name()).param("grade", i.grade().name())
                .param("reason", i.gradeReason()).param("below", i.gradeBelowComputed())
                .param("reasons", i.gradeReasonsJson()).param("guide", i.gradingGuideVersion())
                .param("by", i.reportedBy())
                .param("assets", i.assetIds().stream().map(UUID::toString).toArray(String[]::new))
                .param("kind", i.firstVersion().kind()).param("content", i.firstVersion().content())
                .param("sha", i.firstVersion().sha256())
                .param("hashAlgorithm", i.firstVersion().hashAlgorithm()).param("hash", i.firstVersion().hash())
                .params(routing(routed))
                .update();
    }

    /** Adds the obligations and recipients of a routing to an incident (a regrade); nothing when there are none. */
    void insertRouting(UUID id, Instant now, Routing.Routed routed) {
        if (!routed.obligations().isEmpty()) {
            jdbc.sql("with " + ROUTING).param("id", id).param("now", Timestamp.from(now)).params(routing(routed))
                    .update();
        }
    }

    /**
     * How a report's routing is written, by the filing (after its own parts) and by a regrade: the obligations, and
     * the organizations that received the report (once each: a regrade may reach one that already had it). Parameters
     * {@code :id} and {@code :now}, and those of {@link #routing}.
     */
    private static final String ROUTING = """
            obligations as (
                insert into incident_obligation (id, incident_id, kind, obliged_org, recipient_org, recipient_kind,
                    due_at, met_at, status, article)
                select o.id, :id, o.kind, o.obliged, o.recipient, o.recipient_kind, o.due, o.met, o.status, o.article
                from unnest(cast(:oIds as uuid[]), cast(:oKinds as varchar[]), cast(:oObliged as uuid[]),
                    cast(:oRecipients as uuid[]), cast(:oRecipientKinds as varchar[]), cast(:oDue as timestamptz[]),
                    cast(:oMet as timestamptz[]), cast(:oStatuses as varchar[]), cast(:oArticles as varchar[]))
                    as o(id, kind, obliged, recipient, recipient_kind, due, met, status, article))
            insert into incident_recipient (incident_id, organization_id, role, received_at)
            select :id, unnest(cast(:recipients as uuid[])), 'RECIPIENT', :now
            on conflict do nothing""";

    /** The array parameters of {@link #ROUTING}: one per obligation column, and the recipients. */
    private static Map<String, Object> routing(Routing.Routed routed) {
        List<IncidentView.Obligation> planned = routed.obligations();
        Map<String, Object> params = new HashMap<>();
        params.put("oIds", column(planned, IncidentView.Obligation::id));
        params.put("oKinds", column(planned, IncidentView.Obligation::kind));
        params.put("oObliged", column(planned, IncidentView.Obligation::obligedId));
        params.put("oRecipients", column(planned, IncidentView.Obligation::recipientId));
        params.put("oRecipientKinds", column(planned, IncidentView.Obligation::recipientKind));
        params.put("oDue", column(planned, IncidentView.Obligation::dueAt));
        params.put("oMet", column(planned, IncidentView.Obligation::metAt));
        params.put("oStatuses", column(planned, IncidentView.Obligation::status));
        params.put("oArticles", column(planned, IncidentView.Obligation::article));
        params.put("recipients", routed.firstRecipients().stream().map(UUID::toString).toArray(String[]::new));
        return params;
    }

    /** One column of the obligations as an array parameter: text, cast in the statement to the column's type. */
    private static String[] column(List<IncidentView.Obligation> obligations,
            Function<IncidentView.Obligation, ?> value) {
        return obligations.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    // ---- versions ---------------------------------------------------------------------------------------------------

    /**
     * The next version number of an incident that is in one of the {@code expected} states; empty when it no longer
     * is (a concurrent final report closed it).
     */
    Optional<Integer> nextVersion(UUID id, Collection<IncidentStatus> expected) {
        return jdbc.sql("update incident set versions = versions + 1 where id = :id "
                        + "and status = any(cast(:expected as varchar[])) returning versions")
                .param("id", id).param("expected", expected.stream().map(Enum::name).toArray(String[]::new))
                .query(Integer.class).optional();
    }

    void insertVersion(UUID incident, IncidentView.Version version) {
        jdbc.sql("insert into incident_version (incident_id, seq, kind, submitted_at, submitted_by, content, sha256, "
                        + "hash_algorithm, hash) values (:i, :seq, :kind, :at, :by, :content, :sha, :hashAlgorithm, :hash)")
                .param("i", incident).param("seq", version.seq()).param("kind", version.kind())
                .param("at", Timestamp.from(version.submittedAt())).param("by", version.submittedBy())
                .param("content", version.content()).param("sha", version.sha256())
                .param("hashAlgorithm", version.hashAlgorithm()).param("hash", version.hash()).update();
    }

    // ---- transitions ------------------------------------------------------------------------------------------------

    /** Writes a transition at {@code at}, if the incident is still in the state it starts from. */
    boolean transition(Incident.Transition t, Instant at) {
        String stamp = switch (t.to()) {
            case HANDLING_ENDED -> "handling_ended_at";
            case CLOSED -> "closed_at";
            case OPEN -> throw new IllegalArgumentException("no transition leads back to OPEN");
        };
        return jdbc.sql("update incident set status = :to, " + stamp + " = :at where id = :id and status = :from")
                .param("to", t.to().name()).param("at", Timestamp.from(at)).param("id", t.incident())
                .param("from", t.from().name()).update() == 1;
    }

    /** The current state of an incident, as a transition starts from it. */
    Optional<IncidentStatus> status(UUID id) {
        return jdbc.sql("select status from incident where id = :id").param("id", id).query(String.class).optional()
                .map(IncidentStatus::valueOf);
    }

    /** Raises the grade, if it is still {@code from}; answers whether it did. */
    boolean regrade(UUID id, Grade from, Grade to, String reason, String reasonsJson, String guideVersion) {
        return jdbc.sql("""
                update incident set computed_grade = :grade, grade = :grade, grade_below_computed = false,
                    grade_reason = :reason, grade_reasons = :reasons, grading_guide_version = :guide
                where id = :id and grade = :from""")
                .param("grade", to.name()).param("reason", reason).param("reasons", reasonsJson)
                .param("guide", guideVersion).param("id", id).param("from", from.name()).update() == 1;
    }

    /** Sets the due instant of the obligations of {@code kind} whose clock had not started. */
    void startClock(UUID id, String kind, Instant due) {
        jdbc.sql("update incident_obligation set due_at = :due where incident_id = :id and kind = :kind "
                        + "and due_at is null")
                .param("due", Timestamp.from(due)).param("id", id).param("kind", kind).update();
    }

    /** Meets the given obligations at {@code now} (late where their clock had run out); answers how many were open. */
    int meet(Collection<UUID> obligations, Instant now) {
        return jdbc.sql("update incident_obligation set met_at = :now, status = case when status = 'LATE' "
                        + "or :now > due_at then 'LATE' else 'MET' end "
                        + "where id = any(cast(:ids as uuid[])) and met_at is null")
                .param("now", Timestamp.from(now))
                .param("ids", obligations.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    /** Meets an incident's open obligations of {@code kind} at {@code now}. */
    void meet(UUID id, String kind, Instant now) {
        jdbc.sql("update incident_obligation set met_at = :now, status = case when status = 'LATE' or :now > due_at "
                        + "then 'LATE' else 'MET' end where incident_id = :id and kind = :kind and met_at is null")
                .param("now", Timestamp.from(now)).param("id", id).param("kind", kind).update();
    }

    /** Records that the incident reached these organizations in {@code role} (once each). */
    void addRecipients(UUID id, Collection<UUID> organizations, String role, Instant now) {
        jdbc.sql("insert into incident_recipient (incident_id, organization_id, role, received_at) "
                        + "select :i, unnest(cast(:orgs as uuid[])), :role, :now on conflict do nothing")
                .param("i", id).param("orgs", organizations.stream().map(UUID::toString).toArray(String[]::new))
                .param("role", role).param("now", Timestamp.from(now)).update();
    }

    /** A recipient acknowledges receipt (the first acknowledgement stands); false when it is not a recipient. */
    boolean acknowledge(UUID id, UUID organization, String username, Instant now) {
        return jdbc.sql("update incident_recipient set acknowledged_at = coalesce(acknowledged_at, :now), "
                        + "acknowledged_by = coalesce(acknowledged_by, :by) where incident_id = :i and organization_id = :o")
                .param("now", Timestamp.from(now)).param("by", username).param("i", id).param("o", organization)
                .update() > 0;
    }

    /** An obligation the sweep marked late. */
    record Late(UUID obligation, UUID incident, String kind, UUID obliged) {
    }

    /** Marks every pending obligation whose clock ran out before {@code now} late; answers those it marked. */
    List<Late> markLate(Instant now) {
        return jdbc.sql("update incident_obligation set status = 'LATE' where status = 'PENDING' "
                        + "and due_at < :now returning id, incident_id, kind, obliged_org")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Late(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        rs.getString(3), UUID.fromString(rs.getString(4))))
                .list();
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    /** Whom an incident is visible to: its operator, and the organizations it was reported or forwarded to. */
    static SqlPredicate scope(org.ciip.shared.Actor actor) {
        return actor.jurisdiction().routedRecords("i.operator_id", "i.id", "incident_recipient", "incident_id");
    }

    /** The incident's own row, as its view starts. */
    record Head(UUID id, UUID operatorId, String operatorName, String operatorClass, String ruleSet,
            Instant discoveredAt, Instant reportedAt, String category, String subcategory, String summary, Grade grade,
            Grade computedGrade, String gradeReasonsJson, String gradeReason, boolean gradeBelowComputed,
            IncidentStatus status, Instant handlingEndedAt, Instant closedAt) {
    }

    Optional<Head> head(SqlPredicate scope, UUID id) {
        return jdbc.sql("select i.*, o.name as operator_name, rs.code as rule_set_code "
                        + "from incident i join registry_organization o on o.id = i.operator_id "
                        + "join reporting_rule_set rs on rs.id = i.rule_set_id where i.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id)
                .query((rs, n) -> new Head(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                        rs.getString("operator_class"), rs.getString("rule_set_code"),
                        Rows.instant(rs, "discovered_at"), Rows.instant(rs, "reported_at"), rs.getString("category"),
                        rs.getString("subcategory"), rs.getString("summary"), Grade.valueOf(rs.getString("grade")),
                        Grade.valueOf(rs.getString("computed_grade")), rs.getString("grade_reasons"),
                        rs.getString("grade_reason"), rs.getBoolean("grade_below_computed"),
                        IncidentStatus.valueOf(rs.getString("status")), Rows.instant(rs, "handling_ended_at"),
                        Rows.instant(rs, "closed_at")))
                .optional();
    }

    List<IncidentView.AssetRef> assets(UUID id) {
        return jdbc.sql("select a.id, a.name, a.cii_status from incident_asset ia "
                        + "join registry_asset a on a.id = ia.asset_id where ia.incident_id = :id")
                .param("id", id).query((rs, n) -> new IncidentView.AssetRef(UUID.fromString(rs.getString(1)),
                        rs.getString(2), rs.getString(3))).list();
    }

    List<IncidentView.Obligation> obligations(UUID id) {
        return jdbc.sql("""
                select ob.*, oo.name as obliged_name, ro.name as recipient_name from incident_obligation ob
                join registry_organization oo on oo.id = ob.obliged_org left join registry_organization ro on ro.id = ob.recipient_org
                where ob.incident_id = :id""")
                .param("id", id).query((rs, n) -> new IncidentView.Obligation(UUID.fromString(rs.getString("id")),
                        rs.getString("kind"), UUID.fromString(rs.getString("obliged_org")), rs.getString("obliged_name"),
                        Rows.uuid(rs, "recipient_org"), rs.getString("recipient_name"), rs.getString("recipient_kind"),
                        Rows.instant(rs, "due_at"), Rows.instant(rs, "met_at"),
                        ObligationStatus.valueOf(rs.getString("status")), rs.getString("article")))
                .list();
    }

    List<IncidentView.Recipient> recipients(UUID id) {
        return jdbc.sql("""
                select r.*, o.name from incident_recipient r join registry_organization o on o.id = r.organization_id
                where r.incident_id = :id""")
                .param("id", id).query((rs, n) -> new IncidentView.Recipient(
                        UUID.fromString(rs.getString("organization_id")), rs.getString("name"), rs.getString("role"),
                        Rows.instant(rs, "received_at"), Rows.instant(rs, "acknowledged_at")))
                .list();
    }

    List<IncidentView.Version> versions(UUID id) {
        return jdbc.sql("select * from incident_version where incident_id = :id order by seq")
                .param("id", id).query((rs, n) -> new IncidentView.Version(rs.getInt("seq"), rs.getString("kind"),
                        Rows.instant(rs, "submitted_at"), rs.getString("submitted_by"), rs.getString("sha256"),
                        // received before the suite was recorded (V49): the receipt is the SHA-256
                        rs.getString("hash_algorithm") == null ? "SHA-256" : rs.getString("hash_algorithm"),
                        rs.getString("hash") == null ? rs.getString("sha256") : rs.getString("hash"),
                        rs.getString("content"), List.of())).list();
    }

    /** The filters of the incident list; {@code waiting}, when not null, what the list keeps of the work queue. */
    record Filter(Grade grade, IncidentStatus status, boolean lateOnly, IncidentQueue waiting, String text,
            Instant reportedFrom, Instant reportedBefore) {
    }

    /** The summary, or the operator's name, contains the text. */
    private static final String TEXT = "(i.summary ilike :text or exists (select 1 from registry_organization t "
            + "where t.id = i.operator_id and t.name ilike :text))";

    private static final String LATE = "exists (select 1 from incident_obligation lo where lo.incident_id = i.id "
            + "and lo.status = 'LATE')";
    /** A clock that ran out and whose duty is still not met, whoever's it is. */
    private static final String OVERDUE = "exists (select 1 from incident_obligation q where q.incident_id = i.id "
            + "and q.status = 'LATE' and q.met_at is null)";
    /** A clock running on the reader's organization. */
    private static final String RUNNING = "exists (select 1 from incident_obligation q where q.incident_id = i.id "
            + "and q.status = 'PENDING' and q.due_at is not null and q.obliged_org = cast(:me as uuid))";
    private static final String RUNNING_OUT = "exists (select 1 from incident_obligation q where q.incident_id = i.id "
            + "and q.status = 'PENDING' and q.due_at is not null and q.obliged_org = cast(:me as uuid) "
            + "and q.due_at < :soon)";
    /** Reported or forwarded to the reader's organization, not yet acknowledged. */
    private static final String UNACKNOWLEDGED = "exists (select 1 from incident_recipient q where q.incident_id = i.id "
            + "and q.organization_id = cast(:me as uuid) and q.acknowledged_at is null)";

    private static String predicate(IncidentQueue waiting) {
        return switch (waiting) {
            case OVERDUE -> OVERDUE;
            case RUNNING -> RUNNING;
            case UNACKNOWLEDGED -> UNACKNOWLEDGED;
        };
    }

    /** What waits in the actor's incidents: the counts of the work queue, in one statement. */
    record WorkCounts(long overdue, long running, long runningOut, long unacknowledged) {
    }

    WorkCounts workCounts(org.ciip.shared.Actor actor, Instant soon) {
        Where where = Where.within(scope(actor)).param("me", actor.organizationId())
                .param("soon", java.sql.Timestamp.from(soon));
        return jdbc.sql("select count(*) filter (where " + OVERDUE + "), count(*) filter (where " + RUNNING
                        + "), count(*) filter (where " + RUNNING_OUT + "), count(*) filter (where " + UNACKNOWLEDGED
                        + ") from incident i where " + where.sql())
                .params(where.params())
                .query((rs, n) -> new WorkCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    PageResult<IncidentSummary> list(org.ciip.shared.Actor actor, Filter filter, PageQuery page) {
        Where where = Where.within(scope(actor)).equal("i.grade", "grade", filter.grade())
                .equal("i.status", "status", filter.status()).when(filter.lateOnly(), LATE)
                .when(filter.waiting() != null, filter.waiting() == null ? "" : predicate(filter.waiting()))
                .when(filter.text() == null ? null : Where.containing(filter.text()), TEXT, "text")
                .when(filter.reportedFrom() == null ? null : java.sql.Timestamp.from(filter.reportedFrom()),
                        "i.reported_at >= :reportedFrom", "reportedFrom")
                .when(filter.reportedBefore() == null ? null : java.sql.Timestamp.from(filter.reportedBefore()),
                        "i.reported_at < :reportedBefore", "reportedBefore")
                .param("me", actor.organizationId());
        long total = jdbc.sql("select count(*) from incident i where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<IncidentSummary> items = jdbc.sql("""
                select i.id, o.name as operator_name, i.summary, i.category, i.grade, i.grade_below_computed, i.status,
                       i.discovered_at, i.reported_at,\s""" + LATE + """
                 as late,
                       nd.due_at as next_due_at, nd.kind as next_due_kind, me.received_at, me.acknowledged_at
                from incident i join registry_organization o on o.id = i.operator_id
                left join lateral (select due_at, kind from incident_obligation d
                                   where d.incident_id = i.id and d.met_at is null and d.due_at is not null
                                   order by d.due_at limit 1) nd on true
                left join incident_recipient me on me.incident_id = i.id and me.organization_id = cast(:me as uuid)
                where\s""" + where.sql() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new IncidentSummary(UUID.fromString(rs.getString("id")),
                        rs.getString("operator_name"), rs.getString("summary"), rs.getString("category"),
                        Grade.valueOf(rs.getString("grade")), rs.getBoolean("grade_below_computed"),
                        IncidentStatus.valueOf(rs.getString("status")), Rows.instant(rs, "discovered_at"),
                        Rows.instant(rs, "reported_at"), rs.getBoolean("late"), Rows.instant(rs, "next_due_at"),
                        rs.getString("next_due_kind"), Rows.instant(rs, "received_at"),
                        Rows.instant(rs, "acknowledged_at")))
                .list();
        return PageResult.of(items, page, total);
    }
}
