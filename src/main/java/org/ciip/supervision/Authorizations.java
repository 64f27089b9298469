package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over testing authorizations ({@code testing_authorization} and its parties, steps, targets,
 * windows and testers) and their reference periods ({@code testing_period}). Reads of an authorization are limited to
 * its parties ({@code testing_party}), in {@link #PARTY}.
 */
@Repository
class Authorizations {

    /** The one jurisdiction filter of testing authorizations: the caller's organization is one of its parties. */
    static final String PARTY = " exists (select 1 from testing_party p where p.authorization_id = t.id"
            + " and p.organization_id = :org)";
    private static final String SELECT = """
            select t.*, q.name as requester_name, o.name as operator_name, x.name as objected_by_name
            from testing_authorization t join registry_organization q on q.id = t.requester_id
            join registry_organization o on o.id = t.operator_id
            left join registry_organization x on x.id = t.objected_by_org""";

    private final JdbcClient jdbc;

    Authorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period of reference data in force, with its source and whether an authority confirmed it. */
    record Period(String kind, int version, int amount, String source, boolean confirmed) {
    }

    Period period(String kind, LocalDate on) {
        return jdbc.sql("""
                select kind, version, amount, source, confirmed from testing_period
                where kind = :kind and effective_from <= :on order by effective_from desc, version desc limit 1""")
                .param("kind", kind).param("on", on)
                .query((rs, n) -> new Period(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getBoolean(5)))
                .single();
    }

    /** What an authorization is made of when it is requested. */
    record NewAuthorization(UUID id, UUID requesterId, UUID operatorId, TestingRoute route, String title,
            List<String> activities, String excludedTechniques, List<String> sources, String contactName,
            String contactPhone, Period advance, Instant at, String by) {
    }

    record NewTarget(UUID assetId, String kind, String value, String owner) {
    }

    record NewTester(String name, String organization, String idHash, String idLast4) {
    }

    void insert(NewAuthorization a, Map<UUID, String> parties, Map<TestingRoute.ApprovalParty, LocalDate> steps,
            List<NewTarget> targets, List<TestingRequest.Window> windows, List<NewTester> testers) {
        jdbc.sql("""
                insert into testing_authorization (id, requester_id, operator_id, route, status, title, activities,
                    excluded_techniques, source_addresses, contact_name, contact_phone, telecom, advance_hours,
                    advance_version, requested_at, requested_by)
                values (:id, :requester, :operator, :route, 'REQUESTED', :title, cast(:activities as varchar[]),
                    :excluded, cast(:sources as varchar[]), :contactName, :contactPhone, :telecom, :hours, :version,
                    :at, :by)""")
                .param("id", a.id()).param("requester", a.requesterId()).param("operator", a.operatorId())
                .param("route", a.route().name()).param("title", a.title())
                .param("activities", a.activities().toArray(String[]::new)).param("excluded", a.excludedTechniques())
                .param("sources", a.sources().toArray(String[]::new)).param("contactName", a.contactName())
                .param("contactPhone", a.contactPhone()).param("telecom", a.advance() != null)
                .param("hours", a.advance() == null ? null : a.advance().amount())
                .param("version", a.advance() == null ? null : a.advance().version())
                .param("at", Timestamp.from(a.at())).param("by", a.by()).update();
        parties.forEach((org, role) -> jdbc.sql("""
                insert into testing_party (authorization_id, organization_id, role) values (:id, :org, :role)
                on conflict do nothing""").param("id", a.id()).param("org", org).param("role", role).update());
        steps.forEach((party, due) -> jdbc.sql("""
                insert into testing_step (authorization_id, party, due_on) values (:id, :party, :due)""")
                .param("id", a.id()).param("party", party.name()).param("due", due).update());
        for (int i = 0; i < targets.size(); i++) {
            NewTarget t = targets.get(i);
            jdbc.sql("""
                    insert into testing_target (authorization_id, seq, asset_id, kind, value, owner)
                    values (:id, :seq, :asset, :kind, :value, :owner)""")
                    .param("id", a.id()).param("seq", i + 1).param("asset", t.assetId()).param("kind", t.kind())
                    .param("value", t.value()).param("owner", t.owner()).update();
        }
        for (int i = 0; i < windows.size(); i++) {
            jdbc.sql("""
                    insert into testing_window (authorization_id, seq, starts_at, ends_at)
                    values (:id, :seq, :start, :end)""")
                    .param("id", a.id()).param("seq", i + 1).param("start", Timestamp.from(windows.get(i).startsAt()))
                    .param("end", Timestamp.from(windows.get(i).endsAt())).update();
        }
        for (int i = 0; i < testers.size(); i++) {
            NewTester t = testers.get(i);
            jdbc.sql("""
                    insert into testing_tester (authorization_id, seq, name, organization_name, id_hash, id_last4)
                    values (:id, :seq, :name, :org, :hash, :last4)""")
                    .param("id", a.id()).param("seq", i + 1).param("name", t.name()).param("org", t.organization())
                    .param("hash", t.idHash()).param("last4", t.idLast4()).update();
        }
    }

    /** The roles {@code organizationId} has in the authorization (none: it may not see it). */
    List<String> roles(UUID id, UUID organizationId) {
        return jdbc.sql("select role from testing_party where authorization_id = :id and organization_id = :org")
                .param("id", id).param("org", organizationId).query(String.class).list();
    }

    /** The parties of the authorization, each once. */
    List<UUID> parties(UUID id) {
        return jdbc.sql("select distinct organization_id from testing_party where authorization_id = :id")
                .param("id", id).query(UUID.class).list();
    }

    /** The authorization, if {@code organizationId} is one of its parties; its sessions and findings from the log. */
    Optional<TestingView> find(UUID id, UUID organizationId, Instant now, TestingLog log) {
        return jdbc.sql(SELECT + " where t.id = :id and" + PARTY).param("id", id).param("org", organizationId)
                .query((rs, n) -> map(rs, now, log)).optional();
    }

    /** The authorization by its number, for the public verification: only what a verification may reveal. */
    Optional<Verifiable> byNumber(String number) {
        return jdbc.sql("""
                select t.id, t.number, t.status, t.activities, t.source_addresses, t.telecom, t.advance_hours,
                    t.advance_reported_at, t.objected_at, q.name as requester_name
                from testing_authorization t join registry_organization q on q.id = t.requester_id
                where t.number = :number""")
                .param("number", number.trim().toUpperCase(Locale.ROOT))
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString("id"));
                    List<AuthorizationCheck.Window> windows = windows(id);
                    AuthorizationCheck.Advance advance = advance(rs);
                    return new Verifiable(id, rs.getString("number"), rs.getString("requester_name"),
                            Rows.strings(rs, "activities"), new TestingScope(Rows.strings(rs, "source_addresses"),
                            scopeTargets(id)), new AuthorizationCheck.Facts(
                            TestingStatus.valueOf(rs.getString("status")), windows, advance));
                }).optional();
    }

    /** An authorization as the verification reads it. */
    record Verifiable(UUID id, String number, String requesterName, List<String> activities, TestingScope scope,
            AuthorizationCheck.Facts facts) {
    }

    /**
     * Requests whose approval step for the organization is still undecided: within the step's time, and past it.
     */
    long[] stepsWaiting(UUID organizationId, java.time.LocalDate today) {
        return jdbc.sql("""
                select count(distinct t.id) filter (where s.due_on >= :today),
                       count(distinct t.id) filter (where s.due_on < :today)
                from testing_party p join testing_authorization t on t.id = p.authorization_id
                join testing_step s on s.authorization_id = t.id and s.party = p.role and s.decision is null
                where p.organization_id = :org and t.status = 'REQUESTED'""")
                .param("org", organizationId).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** The authorizations {@code organizationId} is party to, newest first, optionally by status and text. */
    PageResult<TestingSummary> page(UUID organizationId, TestingStatus status, String q, PageQuery page) {
        String where = " where" + PARTY + (status == null ? "" : " and t.status = :status")
                + (q == null ? "" : " and (t.number ilike :q or t.title ilike :q or q.name ilike :q"
                + " or o.name ilike :q)");
        String text = q == null ? null : Where.containing(q);
        var count = jdbc.sql("select count(*) from testing_authorization t join registry_organization q on"
                + " q.id = t.requester_id join registry_organization o on o.id = t.operator_id" + where)
                .param("org", organizationId);
        var list = jdbc.sql("""
                select t.id, t.number, t.title, q.name as requester_name, o.name as operator_name, t.route, t.status,
                    t.telecom, t.requested_at,
                    (select min(w.starts_at) from testing_window w where w.authorization_id = t.id) as first_start,
                    (select max(w.ends_at) from testing_window w where w.authorization_id = t.id) as last_end
                from testing_authorization t join registry_organization q on q.id = t.requester_id
                join registry_organization o on o.id = t.operator_id""" + where
                        + " order by t.requested_at desc, t.id limit :limit offset :offset")
                .param("org", organizationId).param("limit", page.size()).param("offset", page.offset());
        if (status != null) {
            count = count.param("status", status.name());
            list = list.param("status", status.name());
        }
        if (text != null) {
            count = count.param("q", text);
            list = list.param("q", text);
        }
        long total = count.query(Long.class).single();
        List<TestingSummary> items = list.query((rs, n) -> new TestingSummary(UUID.fromString(rs.getString("id")),
                rs.getString("number"), rs.getString("title"), rs.getString("requester_name"),
                rs.getString("operator_name"), TestingRoute.valueOf(rs.getString("route")),
                TestingStatus.valueOf(rs.getString("status")), rs.getBoolean("telecom"),
                Rows.instant(rs, "requested_at"), Rows.instant(rs, "first_start"), Rows.instant(rs, "last_end")))
                .list();
        return PageResult.of(items, page, total);
    }

    /** Records a step's decision if it is still open and the authorization still requested; false otherwise. */
    boolean decide(UUID id, TestingRoute.ApprovalParty party, String decision, String conditions, String reason,
            UUID org, String by, Instant at) {
        return jdbc.sql("""
                update testing_step s set decision = :decision, conditions = :conditions, reason = :reason,
                    decided_org = :org, decided_by = :by, decided_at = :at
                where s.authorization_id = :id and s.party = :party and s.decision is null
                  and exists (select 1 from testing_authorization t where t.id = :id and t.status = 'REQUESTED')""")
                .param("decision", decision).param("conditions", conditions).param("reason", reason)
                .param("org", org).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .param("party", party.name()).update() == 1;
    }

    /** Locks the authorization's row until the transaction ends: its steps are taken one after the other. */
    void lock(UUID id) {
        jdbc.sql("select 1 from testing_authorization where id = :id for update").param("id", id)
                .query(Integer.class).single();
    }

    /** Moves the authorization on if it is where the step starts, numbering it when it becomes authorized. */
    boolean move(UUID id, TestingStatus.Step step, String number, String reason, Instant at) {
        return jdbc.sql("""
                update testing_authorization set status = :to, number = coalesce(number, :number),
                    authorized_at = case when :to = 'AUTHORIZED' and authorized_at is null then :at
                                         else authorized_at end,
                    status_reason = :reason, status_changed_at = :at
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("number", number)
                .param("reason", reason).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Records the advance report to the telecom authority, once. */
    boolean reportInAdvance(UUID id, Instant at, String by) {
        return jdbc.sql("""
                update testing_authorization set advance_reported_at = :at, advance_reported_by = :by
                where id = :id and telecom and advance_reported_at is null
                  and status in ('REQUESTED', 'AUTHORIZED', 'SUSPENDED')""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update() == 1;
    }

    /** Records the telecom authority's objection, once. */
    boolean object(UUID id, UUID org, String objection, Instant at) {
        return jdbc.sql("""
                update testing_authorization set objected_at = :at, objected_by_org = :org, objection = :objection
                where id = :id and telecom and objected_at is null and status not in ('REFUSED', 'REVOKED', 'CLOSED')""")
                .param("at", Timestamp.from(at)).param("org", org).param("objection", objection).param("id", id)
                .update() == 1;
    }

    /** Closes the authorization with the report, if it is where the step starts. */
    boolean close(UUID id, TestingStatus.Step step, String report, Instant at) {
        return jdbc.sql("""
                update testing_authorization set status = :to, report = :report, closed_at = :at,
                    status_changed_at = :at
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("report", report)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** The check's facts of an authorization, under a row lock: a session starts against what is in force. */
    AuthorizationCheck.Facts lockedFacts(UUID id) {
        return jdbc.sql("""
                select status, telecom, advance_hours, advance_reported_at, objected_at
                from testing_authorization where id = :id for update""")
                .param("id", id)
                .query((rs, n) -> new AuthorizationCheck.Facts(TestingStatus.valueOf(rs.getString("status")),
                        windows(id), advance(rs)))
                .single();
    }

    private List<AuthorizationCheck.Window> windows(UUID id) {
        return jdbc.sql("select starts_at, ends_at from testing_window where authorization_id = :id order by seq")
                .param("id", id)
                .query((rs, n) -> new AuthorizationCheck.Window(Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at")))
                .list();
    }

    private List<TestingScope.Target> scopeTargets(UUID id) {
        return jdbc.sql("select kind, value from testing_target where authorization_id = :id order by seq")
                .param("id", id).query((rs, n) -> new TestingScope.Target(rs.getString(1), rs.getString(2))).list();
    }

    private static AuthorizationCheck.Advance advance(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("telecom")) {
            return null;
        }
        return new AuthorizationCheck.Advance(java.time.Duration.ofHours(rs.getInt("advance_hours")),
                Rows.instant(rs, "advance_reported_at"), rs.getTimestamp("objected_at") != null);
    }

    private TestingView map(ResultSet rs, Instant now, TestingLog log) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        TestingStatus status = TestingStatus.valueOf(rs.getString("status"));
        AuthorizationCheck.Advance advance = advance(rs);
        List<AuthorizationCheck.Window> checkWindows = windows(id);
        List<TestingView.Window> windows = new ArrayList<>();
        for (AuthorizationCheck.Window w : checkWindows) {
            windows.add(new TestingView.Window(w.startsAt(), w.endsAt(),
                    advance == null ? null : w.startsAt().minus(advance.period()),
                    advance == null ? null : advance.onTimeFor(w)));
        }
        List<TestingView.Step> steps = jdbc.sql("""
                select s.party, s.due_on, s.decision, s.conditions, s.reason, o.name, s.decided_by, s.decided_at
                from testing_step s left join registry_organization o on o.id = s.decided_org
                where s.authorization_id = :id order by s.party""")
                .param("id", id)
                .query((r, n) -> new TestingView.Step(TestingRoute.ApprovalParty.valueOf(r.getString(1)),
                        r.getObject(2, LocalDate.class), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), Rows.instant(r, "decided_at")))
                .list();
        List<TestingView.Target> targets = jdbc.sql("""
                select g.asset_id, a.name, g.kind, g.value, g.owner
                from testing_target g join registry_asset a on a.id = g.asset_id
                where g.authorization_id = :id order by g.seq""")
                .param("id", id)
                .query((r, n) -> new TestingView.Target(UUID.fromString(r.getString(1)), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5)))
                .list();
        List<TestingView.Tester> testers = jdbc.sql("""
                select seq, name, organization_name, id_last4 from testing_tester where authorization_id = :id
                order by seq""")
                .param("id", id)
                .query((r, n) -> new TestingView.Tester(r.getInt(1), r.getString(2), r.getString(3), r.getString(4)))
                .list();
        String validity = AuthorizationCheck.at(new AuthorizationCheck.Facts(status, checkWindows, advance), now)
                .name();
        return new TestingView(id, rs.getString("number"), UUID.fromString(rs.getString("requester_id")),
                rs.getString("requester_name"), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), TestingRoute.valueOf(rs.getString("route")), status,
                rs.getString("title"), Rows.strings(rs, "activities"), rs.getString("excluded_techniques"),
                Rows.strings(rs, "source_addresses"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getBoolean("telecom"), (Integer) rs.getObject("advance_hours"), Rows.instant(rs, "requested_at"),
                rs.getString("requested_by"), Rows.instant(rs, "authorized_at"),
                Rows.instant(rs, "advance_reported_at"), rs.getString("advance_reported_by"),
                Rows.instant(rs, "objected_at"), rs.getString("objected_by_name"), rs.getString("objection"),
                rs.getString("status_reason"), Rows.instant(rs, "status_changed_at"), Rows.instant(rs, "closed_at"),
                rs.getString("report"), steps, targets, windows, testers, log.sessions(id), log.findings(id),
                validity);
    }
}
