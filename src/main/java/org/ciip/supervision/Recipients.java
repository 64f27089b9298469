package org.ciip.supervision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over whom a warning reached and what they answered ({@code warning_recipient},
 * {@code warning_match}, {@code warning_response}). Changes of a recipient's status name the status they expect.
 */
@Repository
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An operator a warning reached, as stored, with its name and what it answered. */
    record Recipient(UUID warningId, UUID operatorId, String operatorName, boolean matched, RecipientStatus status,
            Instant reachedAt, Instant acknowledgeDueAt, Instant acknowledgedAt, Instant responseOverdueAt,
            int assetsMatched, int assetsAnswered, int assetsResolved) {
    }

    /** A matched asset of an operator, with the components that matched and the operator's answer, if any. */
    record MatchedAsset(UUID assetId, String assetName, UUID operatorId, String components, ResponseStatus status,
            String justification, String approvedBy, String evidence, Instant respondedAt) {
    }

    /** A component whose version lies in a range of one of the warning's products. */
    record Match(long componentId, UUID assetId, UUID operatorId, int productSeq, String name, String version) {
    }

    /** A recipient whose clock the sweep found run out, with what its notice needs. */
    record Missed(UUID warningId, UUID operatorId, UUID issuerId, String titleZh, String titleEn, long assets) {
    }

    /** Records matches; answers the (operator, asset) pairs that are new. */
    List<Match> insertMatches(UUID warningId, Collection<Match> matches, Instant now) {
        if (matches.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into warning_match (warning_id, component_id, asset_id, operator_id, product_seq,
                    component_name, component_version, matched_at)
                select :warning, t.* , :now from unnest(cast(:components as bigint[]), cast(:assets as uuid[]),
                    cast(:operators as uuid[]), cast(:seqs as integer[]), cast(:names as varchar[]),
                    cast(:versions as varchar[])) as t
                on conflict (warning_id, component_id) do nothing
                returning component_id, asset_id, operator_id, product_seq, component_name, component_version""")
                .param("warning", warningId).param("now", Timestamp.from(now))
                .param("components", matches.stream().map(Match::componentId).toArray(Long[]::new))
                .param("assets", matches.stream().map(m -> m.assetId().toString()).toArray(String[]::new))
                .param("operators", matches.stream().map(m -> m.operatorId().toString()).toArray(String[]::new))
                .param("seqs", matches.stream().map(Match::productSeq).toArray(Integer[]::new))
                .param("names", matches.stream().map(Match::name).toArray(String[]::new))
                .param("versions", matches.stream().map(Match::version).toArray(String[]::new))
                .query((rs, n) -> new Match(rs.getLong(1), UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /**
     * Adds the operators as recipients, matched or told for information, with the clock {@code period} from now; an
     * operator told for information that now matches becomes matched (keeping its clock). Answers the operators whose
     * row was added or became matched.
     */
    List<UUID> reach(UUID warningId, Collection<UUID> operators, boolean matched, Instant now, Instant acknowledgeDue) {
        if (operators.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into warning_recipient (warning_id, operator_id, matched, status, reached_at, acknowledge_due_at)
                select :warning, unnest(cast(:operators as uuid[])), :matched, 'AWAITING', :now, :due
                on conflict (warning_id, operator_id) do update set matched = true
                  where excluded.matched and not warning_recipient.matched
                returning operator_id""")
                .param("warning", warningId).param("operators", operators.stream().map(UUID::toString)
                        .toArray(String[]::new))
                .param("matched", matched).param("now", Timestamp.from(now)).param("due", Timestamp.from(acknowledgeDue))
                .query(UUID.class).list();
    }

    /** The names of assets, by id (the registry's view). */
    java.util.Map<UUID, String> assetNames(Collection<UUID> assetIds) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, name from registry_asset where id = any(cast(:ids as uuid[]))")
                .param("ids", assetIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    names.put(UUID.fromString(rs.getString(1)), rs.getString(2));
                });
        return names;
    }

    Optional<Recipient> find(UUID warningId, UUID operatorId) {
        return jdbc.sql(SELECT + " where r.warning_id = :warning and r.operator_id = :operator")
                .param("warning", warningId).param("operator", operatorId).query(Recipients::map).optional();
    }

    /** Writes an acknowledgement if the recipient is still in the status the step starts from. */
    boolean acknowledge(UUID warningId, UUID operatorId, RecipientStatus.Step step, Instant now, String by) {
        return jdbc.sql("""
                update warning_recipient set status = :to, acknowledged_at = :now, acknowledged_by = :by
                where warning_id = :warning and operator_id = :operator and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("now", Timestamp.from(now))
                .param("by", by).param("warning", warningId).param("operator", operatorId).update() == 1;
    }

    /** The recipients of a warning by name (the issuer's list to chase: those not yet acknowledged first). */
    PageResult<Recipient> ofWarning(UUID warningId, PageQuery page) {
        long total = jdbc.sql("select count(*) from warning_recipient where warning_id = :warning")
                .param("warning", warningId).query(Long.class).single();
        List<Recipient> items = jdbc.sql(SELECT + " where r.warning_id = :warning order by r.status in "
                        + "('ACKNOWLEDGED', 'ACKNOWLEDGED_LATE'), r.matched desc, o.name, r.operator_id "
                        + "limit :limit offset :offset")
                .param("warning", warningId).param("limit", page.size()).param("offset", page.offset())
                .query(Recipients::map).list();
        return PageResult.of(items, page, total);
    }

    /** Counts of a warning's recipients and their assets, for the issuer. */
    record Counts(long reached, long matched, long onTime, long late, long awaiting, long overdue, long assets,
            long answered, long resolved) {
    }

    Counts counts(UUID warningId) {
        return countsOf(List.of(warningId)).getOrDefault(warningId, new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** The counts of each of these warnings, in one statement. */
    java.util.Map<UUID, Counts> countsOf(Collection<UUID> warningIds) {
        java.util.Map<UUID, Counts> counts = new java.util.HashMap<>();
        if (warningIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select w.id, c.* from unnest(cast(:ids as uuid[])) as w(id) cross join lateral (
                select count(*), count(*) filter (where r.matched),
                  count(*) filter (where r.status = 'ACKNOWLEDGED'),
                  count(*) filter (where r.status = 'ACKNOWLEDGED_LATE'),
                  count(*) filter (where r.status = 'AWAITING'), count(*) filter (where r.status = 'OVERDUE'),
                  (select count(distinct m.asset_id) from warning_match m where m.warning_id = w.id),
                  (select count(*) from warning_response s where s.warning_id = w.id),
                  (select count(*) from warning_response s where s.warning_id = w.id
                     and s.status <> 'RISK_ACCEPTED')
                from warning_recipient r where r.warning_id = w.id) c""")
                .param("ids", warningIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    counts.put(UUID.fromString(rs.getString(1)), new Counts(rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                            rs.getLong(10)));
                });
        return counts;
    }

    /** The operator's own row of each of these warnings, in one statement. */
    java.util.Map<UUID, Recipient> ownOf(Collection<UUID> warningIds, UUID operatorId) {
        java.util.Map<UUID, Recipient> own = new java.util.HashMap<>();
        if (!warningIds.isEmpty()) {
            jdbc.sql(SELECT + " where r.warning_id = any(cast(:ids as uuid[])) and r.operator_id = :operator")
                    .param("ids", warningIds.stream().map(UUID::toString).toArray(String[]::new))
                    .param("operator", operatorId)
                    .query(Recipients::map).list().forEach(r -> own.put(r.warningId(), r));
        }
        return own;
    }

    /** The matched assets of a warning (of one operator, when given), by name, with their answers. */
    List<MatchedAsset> matchedAssets(UUID warningId, UUID operatorId) {
        return matchedAssets(warningId, operatorId, Integer.MAX_VALUE, 0);
    }

    /** A page of a warning's matched assets, by name, with the number of them all. */
    PageResult<MatchedAsset> matchedAssets(UUID warningId, PageQuery page) {
        long total = jdbc.sql("select count(distinct asset_id) from warning_match where warning_id = :warning")
                .param("warning", warningId).query(Long.class).single();
        return PageResult.of(matchedAssets(warningId, null, page.size(), page.offset()), page, total);
    }

    private List<MatchedAsset> matchedAssets(UUID warningId, UUID operatorId, int limit, long offset) {
        return jdbc.sql("""
                select m.asset_id, a.name, m.operator_id,
                  string_agg(distinct m.component_name || coalesce(' ' || m.component_version, ''), ', ') as components,
                  s.status, s.justification, s.approved_by, s.evidence, s.responded_at
                from warning_match m join registry_asset a on a.id = m.asset_id
                left join warning_response s on s.warning_id = m.warning_id and s.asset_id = m.asset_id
                where m.warning_id = :warning and (cast(:operator as uuid) is null or m.operator_id = :operator)
                group by m.asset_id, a.name, m.operator_id, s.status, s.justification, s.approved_by, s.evidence,
                  s.responded_at
                order by a.name, m.asset_id limit :limit offset :offset""")
                .param("warning", warningId).param("operator", operatorId).param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new MatchedAsset(UUID.fromString(rs.getString(1)), rs.getString(2),
                        UUID.fromString(rs.getString(3)), rs.getString(4),
                        rs.getString(5) == null ? null : ResponseStatus.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8), Rows.instant(rs, "responded_at")))
                .list();
    }

    /**
     * Day by day (Beijing time) since the warning was issued, how many matched assets had an answer that fixes,
     * mitigates or rules them out (as their latest answer stands), counted up.
     */
    List<EarlyWarnings.Progress> resolvedByDay(UUID warningId) {
        return jdbc.sql("""
                select d::date, (select count(*) from warning_response s where s.warning_id = :warning
                    and s.status <> 'RISK_ACCEPTED'
                    and (s.responded_at at time zone 'Asia/Shanghai')::date <= d::date)
                from early_warning w, generate_series((w.issued_at at time zone 'Asia/Shanghai')::date,
                    greatest((w.issued_at at time zone 'Asia/Shanghai')::date,
                      (select max((s.responded_at at time zone 'Asia/Shanghai')::date) from warning_response s
                        where s.warning_id = :warning)), interval '1 day') d
                where w.id = :warning order by 1""")
                .param("warning", warningId)
                .query((rs, n) -> new EarlyWarnings.Progress(rs.getObject(1, java.time.LocalDate.class), rs.getLong(2)))
                .list();
    }

    void respond(UUID warningId, UUID assetId, UUID operatorId, ResponseStatus status, String justification,
            String approvedBy, String evidence, Instant now, String by) {
        jdbc.sql("""
                insert into warning_response (warning_id, asset_id, operator_id, status, justification, approved_by,
                    evidence, responded_at, responded_by)
                values (:warning, :asset, :operator, :status, :justification, :approvedBy, :evidence, :now, :by)
                on conflict (warning_id, asset_id) do update set status = excluded.status,
                  justification = excluded.justification, approved_by = excluded.approved_by,
                  evidence = excluded.evidence, responded_at = excluded.responded_at,
                  responded_by = excluded.responded_by""")
                .param("warning", warningId).param("asset", assetId).param("operator", operatorId)
                .param("status", status.name()).param("justification", justification).param("approvedBy", approvedBy)
                .param("evidence", evidence).param("now", Timestamp.from(now)).param("by", by)
                .update();
    }

    /** Marks every acknowledgement past its clock overdue; answers what it marked. */
    List<Missed> markAcknowledgementsOverdue(Instant now) {
        return jdbc.sql("""
                update warning_recipient r set status = 'OVERDUE'
                from early_warning w
                where w.id = r.warning_id and r.status = 'AWAITING' and r.acknowledge_due_at < :now
                returning r.warning_id, r.operator_id, w.issuer_id, w.title_zh, w.title_en, 0""")
                .param("now", Timestamp.from(now)).query(Recipients::missed).list();
    }

    /** Marks each matched recipient with an asset still unanswered when the time to respond ran out. */
    List<Missed> markResponsesOverdue(Instant now) {
        return jdbc.sql("""
                update warning_recipient r set response_overdue_at = :now
                from early_warning w
                where w.id = r.warning_id and r.matched and r.response_overdue_at is null and w.respond_due_at < :now
                  and exists (select 1 from warning_match m where m.warning_id = r.warning_id
                    and m.operator_id = r.operator_id and not exists (select 1 from warning_response s
                      where s.warning_id = m.warning_id and s.asset_id = m.asset_id))
                returning r.warning_id, r.operator_id, w.issuer_id, w.title_zh, w.title_en,
                  (select count(distinct m.asset_id) from warning_match m where m.warning_id = r.warning_id
                    and m.operator_id = r.operator_id and not exists (select 1 from warning_response s
                      where s.warning_id = m.warning_id and s.asset_id = m.asset_id))""")
                .param("now", Timestamp.from(now)).query(Recipients::missed).list();
    }

    private static Missed missed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Missed(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                UUID.fromString(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6));
    }

    private static final String SELECT = """
            select r.warning_id, r.operator_id, o.name as operator_name, r.matched, r.status, r.reached_at,
              r.acknowledge_due_at, r.acknowledged_at, r.response_overdue_at,
              (select count(distinct m.asset_id) from warning_match m where m.warning_id = r.warning_id
                 and m.operator_id = r.operator_id) as assets_matched,
              (select count(*) from warning_response s where s.warning_id = r.warning_id
                 and s.operator_id = r.operator_id) as assets_answered,
              (select count(*) from warning_response s where s.warning_id = r.warning_id
                 and s.operator_id = r.operator_id and s.status <> 'RISK_ACCEPTED') as assets_resolved
            from warning_recipient r join registry_organization o on o.id = r.operator_id""";

    private static Recipient map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Recipient(UUID.fromString(rs.getString("warning_id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), rs.getBoolean("matched"), RecipientStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "reached_at"), Rows.instant(rs, "acknowledge_due_at"),
                Rows.instant(rs, "acknowledged_at"), Rows.instant(rs, "response_overdue_at"),
                rs.getInt("assets_matched"), rs.getInt("assets_answered"), rs.getInt("assets_resolved"));
    }

    /** The period an operator reached later gets: the warning's own period to acknowledge. */
    static Instant laterDue(Instant issuedAt, Instant acknowledgeDueAt, Instant now) {
        return now.plus(Duration.between(issuedAt, acknowledgeDueAt));
    }
}
