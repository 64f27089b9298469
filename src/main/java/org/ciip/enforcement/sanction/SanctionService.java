package org.ciip.enforcement.sanction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.enforcement.PositionBans;
import org.ciip.enforcement.SanctionRegistered;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.ciip.shared.person.PersonIdHasher;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanctions register (Art. 43): public security organs and MPS enter punishments; each carries the ban the
 * reference data sets for its kind, 5 years from the decision or for life (Art. 43 para 3).
 */
@Service
public class SanctionService implements PositionBans {

    /** The articles whose breach Art. 43 para 3 names: Art. 5 para 2 and Art. 31. */
    public static final Set<String> BANNING_ARTICLES = Set.of("5(2)", "31");

    static final Set<OrganizationKind> KEEPERS = Set.of(OrganizationKind.PUBLIC_SECURITY_ORGAN, OrganizationKind.MPS);

    private static final String SELECT = """
            select s.*, o.name as registered_by_org_name from sanction s
            join organization o on o.id = s.registered_by_org""";

    private final JdbcClient jdbc;
    private final PersonIdHasher hasher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SanctionService(JdbcClient jdbc, PersonIdHasher hasher, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The body of {@code POST /api/v1/sanctions}. */
    public record NewSanction(String personName, String idNumber, String kind, LocalDate decidedOn, String article) {
    }

    public record SanctionView(UUID id, String personName, String idLast4, String kind, LocalDate decidedOn,
            String article, LocalDate barredUntil, boolean barredForLife, boolean inForce, String registeredBy,
            String registeredByOrganization, Instant registeredAt) {
    }

    /** The ban rule for a kind of punishment, from reference data. */
    record BanRule(String kind, Integer years, String article, String source) {

        PositionBans.PositionBan banFrom(LocalDate decidedOn) {
            // Years are counted from the decision to the corresponding day (Civil Code Art. 202); the ban runs to the
            // end of that day. No rest-day extension: that rule serves deadlines for acts, not bans.
            return years == null ? new PositionBans.PositionBan(null, true)
                    : new PositionBans.PositionBan(decidedOn.plusYears(years), false);
        }
    }

    @Transactional
    public SanctionView register(Actor actor, NewSanction sanction) {
        requireKeeper(actor, "Only public security organs and MPS keep the sanctions register (Art. 43).");
        if (!actor.canWrite()) {
            throw ApiException.forbidden("Your role may not change the sanctions register.");
        }
        Validation v = new Validation();
        v.requireText(sanction.personName(), "personName", 100);
        if (v.requireText(sanction.idNumber(), "idNumber", 18)) {
            PersonIdNumber.problem(sanction.idNumber()).ifPresent(p -> v.add("idNumber", "validation.idNumber", p));
        }
        BanRule rule = null;
        if (sanction.kind() == null || sanction.kind().isBlank()) {
            v.add("kind", "validation.required", "is required");
        } else {
            rule = rule(sanction.kind()).orElse(null);
            if (rule == null) {
                v.add("kind", "validation.oneOf", "must be PUBLIC_SECURITY_PUNISHMENT or CRIMINAL_PUNISHMENT",
                        "PUBLIC_SECURITY_PUNISHMENT, CRIMINAL_PUNISHMENT");
            }
        }
        LocalDate today = LegalTime.today(clock);
        v.requirePastDate(sanction.decidedOn(), "decidedOn", today);
        if (sanction.article() == null || !BANNING_ARTICLES.contains(sanction.article().trim())) {
            v.add("article", "validation.oneOf", "must be 5(2) or 31: the articles Art. 43 para 3 bans for",
                    "5(2), 31");
        }
        v.throwIfInvalid();
        PositionBans.PositionBan ban = rule.banFrom(sanction.decidedOn());
        UUID id = UUID.randomUUID();
        String hash = hasher.hash(sanction.idNumber());
        jdbc.sql("""
                insert into sanction (id, person_name, id_hash, id_last4, kind, decided_on, article, barred_until,
                    barred_for_life, registered_by_org, registered_by, registered_at)
                values (:id, :name, :hash, :last4, :kind, :decidedOn, :article, :until, :life, :org, :by, :now)""")
                .param("id", id).param("name", sanction.personName().trim()).param("hash", hash)
                .param("last4", PersonIdNumber.lastFour(sanction.idNumber())).param("kind", rule.kind())
                .param("decidedOn", sanction.decidedOn()).param("article", sanction.article().trim())
                .param("until", ban.barredUntil()).param("life", ban.barredForLife())
                .param("org", actor.organizationId()).param("by", actor.username())
                .param("now", Timestamp.from(clock.instant())).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("idLast4", PersonIdNumber.lastFour(sanction.idNumber()));
        summary.put("kind", rule.kind());
        summary.put("decidedOn", sanction.decidedOn().toString());
        summary.put("barredUntil", ban.barredForLife() ? "life" : ban.barredUntil().toString());
        audit.record("SANCTION_REGISTERED", "Sanction", id, summary);
        events.publishEvent(new SanctionRegistered(id, hash, ban.barredUntil(), ban.barredForLife()));
        return get(actor, id);
    }

    public SanctionView get(Actor actor, UUID id) {
        if (!isKeeper(actor)) {
            throw ApiException.notFound("Sanction " + id);
        }
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(this::map).optional()
                .orElseThrow(() -> ApiException.notFound("Sanction " + id));
    }

    /** The register, newest first; {@code q} searches names and the last four characters of the number. */
    public PageResult<SanctionView> list(Actor actor, String q, Boolean inForce, PageQuery page) {
        if (!isKeeper(actor)) {
            return PageResult.of(List.of(), page, 0);
        }
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(s.person_name ilike :q or s.id_last4 = :last4)");
            params.put("q", "%" + q.trim().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("last4", q.trim().toUpperCase());
        }
        params.put("today", LegalTime.today(clock));
        if (Boolean.TRUE.equals(inForce)) {
            where.add("(s.barred_for_life or s.barred_until >= :today)");
        }
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from sanction s where " + condition).params(params)
                .query(Long.class).single();
        List<SanctionView> items = jdbc.sql(SELECT + " where " + condition
                        + " order by s.registered_at desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
        return PageResult.of(items, page, total);
    }

    @Override
    public Optional<PositionBan> banFor(String idHash, LocalDate on) {
        return jdbc.sql("""
                select barred_until, barred_for_life from sanction
                where id_hash = :hash and (barred_for_life or barred_until >= :on)
                order by barred_for_life desc, barred_until desc limit 1""")
                .param("hash", idHash).param("on", on)
                .query((rs, n) -> new PositionBan(rs.getObject("barred_until", LocalDate.class),
                        rs.getBoolean("barred_for_life")))
                .optional();
    }

    public List<BanRuleView> banRules() {
        return jdbc.sql("select * from position_ban_rule order by kind desc")
                .query((rs, n) -> new BanRuleView(rs.getString("kind"), (Integer) rs.getObject("years"),
                        rs.getString("article"), rs.getString("source"),
                        rs.getObject("effective_from", LocalDate.class)))
                .list();
    }

    public record BanRuleView(String kind, Integer years, String article, String source, LocalDate effectiveFrom) {
    }

    public static boolean isKeeper(Actor actor) {
        return actor.jurisdiction().isSystem() || KEEPERS.contains(actor.organizationKind());
    }

    private static void requireKeeper(Actor actor, String message) {
        if (!isKeeper(actor)) {
            throw ApiException.forbidden(message);
        }
    }

    private Optional<BanRule> rule(String kind) {
        return jdbc.sql("select * from position_ban_rule where kind = :kind").param("kind", kind.trim())
                .query((rs, n) -> new BanRule(rs.getString("kind"), (Integer) rs.getObject("years"),
                        rs.getString("article"), rs.getString("source")))
                .optional();
    }

    private SanctionView map(ResultSet rs, int row) throws SQLException {
        LocalDate until = rs.getObject("barred_until", LocalDate.class);
        boolean life = rs.getBoolean("barred_for_life");
        LocalDate today = LegalTime.today(clock);
        return new SanctionView(UUID.fromString(rs.getString("id")), rs.getString("person_name"),
                rs.getString("id_last4"), rs.getString("kind"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("article"), until, life, life || !until.isBefore(today), rs.getString("registered_by"),
                rs.getString("registered_by_org_name"), rs.getTimestamp("registered_at").toInstant());
    }
}
