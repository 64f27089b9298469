package org.ciip.enforcement.sanction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.enforcement.PositionBans;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over the sanctions register ({@code sanction}) and its ban rules ({@code position_ban_rule}).
 * Persons are kept by the keyed hash and the last four characters of their identity number, never the number.
 */
@Repository
class Sanctions {

    private static final String SELECT = """
            select s.*, o.name as registered_by_org_name from sanction s
            join registry_organization o on o.id = s.registered_by_org""";

    private final JdbcClient jdbc;

    Sanctions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A punishment as it is entered, with the ban it carries. */
    record NewEntry(UUID id, String personName, String idHash, String idLast4, String kind, LocalDate decidedOn,
            String article, PositionBans.PositionBan ban, UUID organization, String by, Instant at) {
    }

    void insert(NewEntry e) {
        jdbc.sql("""
                insert into sanction (id, person_name, id_hash, id_last4, kind, decided_on, article, barred_until,
                    barred_for_life, registered_by_org, registered_by, registered_at)
                values (:id, :name, :hash, :last4, :kind, :decidedOn, :article, :until, :life, :org, :by, :now)""")
                .param("id", e.id()).param("name", e.personName()).param("hash", e.idHash())
                .param("last4", e.idLast4()).param("kind", e.kind()).param("decidedOn", e.decidedOn())
                .param("article", e.article()).param("until", e.ban().barredUntil())
                .param("life", e.ban().barredForLife()).param("org", e.organization()).param("by", e.by())
                .param("now", Timestamp.from(e.at())).update();
    }

    Optional<SanctionService.SanctionView> find(UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query((rs, n) -> map(rs, today)).optional();
    }

    /** The register, newest first; {@code q} searches names and the last four characters of the number. */
    PageResult<SanctionService.SanctionView> page(String q, boolean inForceOnly, LocalDate today, PageQuery page) {
        Where where = Where.within(SqlPredicate.ALL).param("today", today);
        if (q != null && !q.isBlank()) {
            where.when("%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%",
                    "(s.person_name ilike :q or s.id_last4 = :last4)", "q").param("last4", q.trim().toUpperCase());
        }
        where.when(inForceOnly, "(s.barred_for_life or s.barred_until >= :today)");
        long total = jdbc.sql("select count(*) from sanction s where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<SanctionService.SanctionView> items = jdbc.sql(SELECT + " where " + where.sql()
                        + " order by s.registered_at desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs, today)).list();
        return PageResult.of(items, page, total);
    }

    /** The longest ban in force on {@code on} for a person with this identity-number hash. */
    Optional<PositionBans.PositionBan> banFor(String idHash, LocalDate on) {
        return jdbc.sql("""
                select barred_until, barred_for_life from sanction
                where id_hash = :hash and (barred_for_life or barred_until >= :on)
                order by barred_for_life desc, barred_until desc limit 1""")
                .param("hash", idHash).param("on", on)
                .query((rs, n) -> new PositionBans.PositionBan(rs.getObject("barred_until", LocalDate.class),
                        rs.getBoolean("barred_for_life")))
                .optional();
    }

    List<SanctionService.BanRuleView> banRules() {
        return jdbc.sql("select * from position_ban_rule order by kind desc")
                .query((rs, n) -> new SanctionService.BanRuleView(rs.getString("kind"), (Integer) rs.getObject("years"),
                        rs.getString("article"), rs.getString("source"),
                        rs.getObject("effective_from", LocalDate.class)))
                .list();
    }

    Optional<SanctionService.BanRule> rule(String kind) {
        return jdbc.sql("select * from position_ban_rule where kind = :kind").param("kind", kind)
                .query((rs, n) -> new SanctionService.BanRule(rs.getString("kind"), (Integer) rs.getObject("years"),
                        rs.getString("article"), rs.getString("source")))
                .optional();
    }

    private static SanctionService.SanctionView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate until = rs.getObject("barred_until", LocalDate.class);
        boolean life = rs.getBoolean("barred_for_life");
        return new SanctionService.SanctionView(UUID.fromString(rs.getString("id")), rs.getString("person_name"),
                rs.getString("id_last4"), rs.getString("kind"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("article"), until, life, life || !until.isBefore(today), rs.getString("registered_by"),
                rs.getString("registered_by_org_name"), rs.getTimestamp("registered_at").toInstant());
    }
}
