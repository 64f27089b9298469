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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanctions register (Art. 43): public security organs and MPS enter punishments; each carries the ban the
 * reference data sets for its kind, 5 years from the decision or for life (Art. 43 para 3).
 */
@Service
public class SanctionService implements PositionBans, org.ciip.enforcement.Sanctioning {

    /** The articles whose breach Art. 43 para 3 names: Art. 5 para 2 and Art. 31. */
    public static final Set<String> BANNING_ARTICLES = Set.of("5(2)", "31");

    static final Set<OrganizationKind> KEEPERS = Set.of(OrganizationKind.PUBLIC_SECURITY_ORGAN, OrganizationKind.MPS);


    private final Sanctions sanctions;
    private final PersonIdHasher hasher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SanctionService(Sanctions sanctions, PersonIdHasher hasher, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.sanctions = sanctions;
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
        sanctions.insert(new Sanctions.NewEntry(id, sanction.personName().trim(), hash,
                PersonIdNumber.lastFour(sanction.idNumber()), rule.kind(), sanction.decidedOn(),
                sanction.article().trim(), ban, actor.organizationId(), actor.username(), clock.instant()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("idLast4", PersonIdNumber.lastFour(sanction.idNumber()));
        summary.put("kind", rule.kind());
        summary.put("decidedOn", sanction.decidedOn().toString());
        summary.put("barredUntil", ban.barredForLife() ? "life" : ban.barredUntil().toString());
        audit.record("SANCTION_REGISTERED", "Sanction", id, summary);
        events.publishEvent(new SanctionRegistered(id, hash, ban.barredUntil(), ban.barredForLife()));
        return get(actor, id);
    }

    /**
     * Enters a person punished by an Art. 43 decision, matched by the keyed hash the case keeps; the ban follows the
     * kind of punishment as {@link #register} does.
     */
    @Transactional
    public void registerFromDecision(Actor actor, String personName, String idHash, String idLast4, String kind,
            LocalDate decidedOn, String article, String caseNumber) {
        requireKeeper(actor, "Only public security organs and MPS keep the sanctions register (Art. 43).");
        BanRule rule = rule(kind).orElseThrow(() -> ApiException.invalid("sanctionKind",
                "must be PUBLIC_SECURITY_PUNISHMENT or CRIMINAL_PUNISHMENT"));
        PositionBans.PositionBan ban = rule.banFrom(decidedOn);
        UUID id = UUID.randomUUID();
        sanctions.insert(new Sanctions.NewEntry(id, personName, idHash, idLast4, rule.kind(), decidedOn, article, ban,
                actor.organizationId(), actor.username(), clock.instant()));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("idLast4", idLast4);
        summary.put("kind", rule.kind());
        summary.put("decidedOn", decidedOn.toString());
        summary.put("barredUntil", ban.barredForLife() ? "life" : ban.barredUntil().toString());
        summary.put("case", caseNumber);
        audit.record("SANCTION_REGISTERED", "Sanction", id, summary);
        events.publishEvent(new SanctionRegistered(id, idHash, ban.barredUntil(), ban.barredForLife()));
    }

    @Override
    @Transactional
    public UUID registerUnauthorizedTesting(Actor actor, String personName, String idNumber, String kind,
            LocalDate decidedOn) {
        return register(actor, new NewSanction(personName, idNumber, kind, decidedOn, "31")).id();
    }

    public SanctionView get(Actor actor, UUID id) {
        if (!isKeeper(actor)) {
            throw ApiException.notFound("Sanction " + id);
        }
        return sanctions.find(id, LegalTime.today(clock)).orElseThrow(() -> ApiException.notFound("Sanction " + id));
    }

    /** The register, newest first; {@code q} searches names and the last four characters of the number. */
    public PageResult<SanctionView> list(Actor actor, String q, Boolean inForce, PageQuery page) {
        if (!isKeeper(actor)) {
            return PageResult.of(List.of(), page, 0);
        }
        return sanctions.page(q, Boolean.TRUE.equals(inForce), LegalTime.today(clock), page);
    }

    @Override
    public Optional<PositionBan> banFor(String idHash, LocalDate on) {
        return sanctions.banFor(idHash, on);
    }

    public List<BanRuleView> banRules() {
        return sanctions.banRules();
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
        return sanctions.rule(kind.trim());
    }

}
