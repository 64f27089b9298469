package org.ciip.obligations.program;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.enforcement.PositionBans;
import org.ciip.enforcement.SanctionRegistered;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.ciip.shared.person.PersonIdHasher;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security management institution and its people (Art. 14-16): the institution, its yearly budget and staffing,
 * the key positions, the persons in them with their background reviews against the sanctions register (Art. 43
 * para 3), and the log of security and informatization decisions.
 */
@Service
public class PeopleService {

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final PersonIdHasher hasher;
    private final PositionBans bans;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(JdbcClient jdbc, OperatorAccess access, PersonIdHasher hasher, PositionBans bans, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.hasher = hasher;
        this.bans = bans;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- institution (Art. 14) -------------------------------------------------------------------------------

    public record InstitutionRequest(String name, LocalDate establishedOn, String headName, String reportsTo,
            String members, Integer version) {
    }

    public record InstitutionView(UUID operatorId, String name, LocalDate establishedOn, String headName,
            String reportsTo, String members, int version, Instant updatedAt, String updatedBy) {
    }

    public Optional<InstitutionView> institution(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql("select * from security_institution where operator_id = :id").param("id", operatorId)
                .query((rs, n) -> new InstitutionView(operatorId, rs.getString("name"),
                        rs.getObject("established_on", LocalDate.class), rs.getString("head_name"),
                        rs.getString("reports_to"), rs.getString("members"), rs.getInt("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    /** Records the institution, or changes it: send the version you read; a stale one is a 409. */
    @Transactional
    public InstitutionView recordInstitution(Actor actor, UUID operatorId, InstitutionRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        v.requireText(request.name(), "name", 200);
        v.requireText(request.headName(), "headName", 100);
        v.requireText(request.reportsTo(), "reportsTo", 200);
        v.requireText(request.members(), "members", 4000);
        v.requirePastDate(request.establishedOn(), "establishedOn", today());
        v.throwIfInvalid();
        Optional<InstitutionView> current = institution(actor, operatorId);
        Instant now = clock.instant();
        if (current.isEmpty()) {
            jdbc.sql("""
                    insert into security_institution (operator_id, name, established_on, head_name, reports_to,
                        members, version, updated_at, updated_by)
                    values (:op, :name, :est, :head, :reports, :members, 1, :now, :by)""")
                    .param("op", operatorId).param("name", request.name().trim())
                    .param("est", request.establishedOn()).param("head", request.headName().trim())
                    .param("reports", request.reportsTo().trim()).param("members", request.members().trim())
                    .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        } else {
            int expected = request.version() == null ? current.get().version() : request.version();
            int updated = jdbc.sql("""
                    update security_institution set name = :name, established_on = :est, head_name = :head,
                        reports_to = :reports, members = :members, version = version + 1, updated_at = :now,
                        updated_by = :by
                    where operator_id = :op and version = :version""")
                    .param("op", operatorId).param("name", request.name().trim())
                    .param("est", request.establishedOn()).param("head", request.headName().trim())
                    .param("reports", request.reportsTo().trim()).param("members", request.members().trim())
                    .param("now", Timestamp.from(now)).param("by", actor.username()).param("version", expected)
                    .update();
            if (updated == 0) {
                throw ApiException.staleVersion("The security management institution", current.get().version());
            }
        }
        audit.record(current.isEmpty() ? "INSTITUTION_ESTABLISHED" : "INSTITUTION_CHANGED", "SecurityInstitution",
                operatorId, Map.of("name", request.name().trim(), "headName", request.headName().trim(),
                        "establishedOn", request.establishedOn().toString()));
        return institution(actor, operatorId).orElseThrow();
    }

    // ---- yearly budget and staffing (Art. 16) ----------------------------------------------------------------

    public record YearRequest(Integer year, BigDecimal budgetCny, Integer staffCount, String note) {
    }

    public record YearView(int year, BigDecimal budgetCny, int staffCount, String note, Instant recordedAt) {
    }

    @Transactional
    public YearView recordYear(Actor actor, UUID operatorId, YearRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        int thisYear = today().getYear();
        if (request.year() == null) {
            v.add("year", "validation.required", "is required");
        } else if (request.year() < 2021 || request.year() > thisYear + 1) {
            v.add("year", "validation.range", "must be between 2021 and " + (thisYear + 1), 2021, thisYear + 1);
        }
        if (request.budgetCny() == null) {
            v.add("budgetCny", "validation.required", "is required");
        } else if (request.budgetCny().signum() < 0) {
            v.add("budgetCny", "validation.nonNegative", "must not be negative");
        }
        if (request.staffCount() == null) {
            v.add("staffCount", "validation.required", "is required");
        } else if (request.staffCount() < 0) {
            v.add("staffCount", "validation.nonNegative", "must not be negative");
        }
        v.optionalText(request.note(), "note", 1000);
        v.throwIfInvalid();
        jdbc.sql("""
                insert into institution_year (operator_id, year, budget_cny, staff_count, note, recorded_at, recorded_by)
                values (:op, :year, :budget, :staff, :note, :now, :by)
                on conflict (operator_id, year) do update set budget_cny = excluded.budget_cny,
                    staff_count = excluded.staff_count, note = excluded.note, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by""")
                .param("op", operatorId).param("year", request.year()).param("budget", request.budgetCny())
                .param("staff", request.staffCount()).param("note", Validation.blankToNull(request.note()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        audit.record("INSTITUTION_YEAR_RECORDED", "SecurityInstitution", operatorId,
                Map.of("year", request.year(), "budgetCny", request.budgetCny().toPlainString(),
                        "staffCount", request.staffCount()));
        return years(actor, operatorId).stream().filter(y -> y.year() == request.year()).findFirst().orElseThrow();
    }

    public List<YearView> years(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql("select * from institution_year where operator_id = :op order by year desc")
                .param("op", operatorId)
                .query((rs, n) -> new YearView(rs.getInt("year"), rs.getBigDecimal("budget_cny"),
                        rs.getInt("staff_count"), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // ---- key positions (Art. 15(4)) ----------------------------------------------------------------------------

    public record KeyPositionRequest(String title, String duties, LocalDate identifiedOn) {
    }

    public record KeyPositionView(UUID id, String title, String duties, LocalDate identifiedOn,
            String holderName, String holderIdLast4, String reviewStatus) {
    }

    @Transactional
    public KeyPositionView identifyKeyPosition(Actor actor, UUID operatorId, KeyPositionRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        if (v.requireText(request.title(), "title", 200)) {
            boolean exists = jdbc.sql("select count(*) from key_position where operator_id = :op "
                            + "and lower(title) = lower(:title)").param("op", operatorId)
                    .param("title", request.title().trim()).query(Long.class).single() > 0;
            v.require(!exists, "title", "validation.duplicate", "is already a key position of this operator");
        }
        v.optionalText(request.duties(), "duties", 2000);
        v.requirePastDate(request.identifiedOn(), "identifiedOn", today());
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into key_position (id, operator_id, title, duties, identified_on, created_at, created_by)
                values (:id, :op, :title, :duties, :on, :now, :by)""")
                .param("id", id).param("op", operatorId).param("title", request.title().trim())
                .param("duties", Validation.blankToNull(request.duties())).param("on", request.identifiedOn())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        audit.record("KEY_POSITION_IDENTIFIED", "KeyPosition", id,
                Map.of("operatorId", operatorId.toString(), "title", request.title().trim()));
        return keyPositions(actor, operatorId).stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    /** The key positions with who holds each: the person of the latest review for that position. */
    public List<KeyPositionView> keyPositions(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql("""
                select k.*, r.status as review_status, p.name as holder_name, p.id_last4 as holder_last4
                from key_position k
                left join lateral (select * from background_review r where r.operator_id = k.operator_id
                    and lower(r.position) = lower(k.title) order by r.requested_at desc limit 1) r on true
                left join program_person p on p.id = r.person_id
                where k.operator_id = :op order by k.identified_on, k.title""")
                .param("op", operatorId)
                .query((rs, n) -> new KeyPositionView(UUID.fromString(rs.getString("id")), rs.getString("title"),
                        rs.getString("duties"), rs.getObject("identified_on", LocalDate.class),
                        rs.getString("holder_name"), rs.getString("holder_last4"), rs.getString("review_status")))
                .list();
    }

    // ---- background reviews (Art. 14, 43 para 3) ---------------------------------------------------------------

    /** The body of {@code POST /api/v1/operators/{id}/background-reviews}. */
    public record ReviewRequest(String personName, String idNumber, String position) {
    }

    public record ReviewResult(String result, LocalDate reviewedOn, String reviewer, String note) {
    }

    public record ReviewView(UUID id, UUID operatorId, UUID personId, String personName, String idLast4,
            String position, String status, LocalDate barredUntil, boolean barredForLife, String barWording,
            Instant requestedAt, String requestedBy, LocalDate reviewedOn, String reviewer, String resultNote,
            Instant alertedAt) {
    }

    /**
     * Starts the background review of a person for a position. The person is checked against the sanctions register
     * first: a ban in force blocks the review, and the operator learns only until when the person is barred.
     */
    @Transactional
    public ReviewView requestReview(Actor actor, UUID operatorId, ReviewRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        v.requireText(request.personName(), "personName", 100);
        if (v.requireText(request.idNumber(), "idNumber", 18)) {
            PersonIdNumber.problem(request.idNumber()).ifPresent(p -> v.add("idNumber", "validation.idNumber", p));
        }
        v.requireText(request.position(), "position", 200);
        v.throwIfInvalid();
        String hash = hasher.hash(request.idNumber());
        Instant now = clock.instant();
        UUID personId = jdbc.sql("""
                insert into program_person (id, operator_id, name, id_hash, id_last4, position, created_at)
                values (:id, :op, :name, :hash, :last4, :position, :now)
                on conflict (operator_id, id_hash) do update set name = excluded.name, position = excluded.position
                returning id""")
                .param("id", UUID.randomUUID()).param("op", operatorId).param("name", request.personName().trim())
                .param("hash", hash).param("last4", PersonIdNumber.lastFour(request.idNumber()))
                .param("position", request.position().trim()).param("now", Timestamp.from(now))
                .query(UUID.class).single();
        Optional<PositionBans.PositionBan> ban = bans.banFor(hash, today());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into background_review (id, operator_id, person_id, position, status, barred_until,
                    barred_for_life, requested_at, requested_by)
                values (:id, :op, :person, :position, :status, :until, :life, :now, :by)""")
                .param("id", id).param("op", operatorId).param("person", personId)
                .param("position", request.position().trim()).param("status", ban.isPresent() ? "BLOCKED" : "PENDING")
                .param("until", ban.map(PositionBans.PositionBan::barredUntil).orElse(null))
                .param("life", ban.map(PositionBans.PositionBan::barredForLife).orElse(false))
                .param("now", Timestamp.from(now)).param("by", actor.username()).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("personId", personId.toString());
        summary.put("position", request.position().trim());
        summary.put("status", ban.isPresent() ? "BLOCKED" : "PENDING");
        audit.record("BACKGROUND_REVIEW_REQUESTED", "BackgroundReview", id, summary);
        return review(actor, operatorId, id);
    }

    /** The reviewer's result. A blocked review cannot be approved: the register bars the person (Art. 43). */
    @Transactional
    public ReviewView recordResult(Actor actor, UUID operatorId, UUID reviewId, ReviewResult result) {
        access.writable(actor, operatorId);
        if (!actor.canApprove()) {
            throw ApiException.forbidden("The principal or the security officer records review results (Art. 14).");
        }
        ReviewView review = review(actor, operatorId, reviewId);
        Validation v = new Validation();
        v.require(result.result() != null && (result.result().equals("APPROVED") || result.result().equals("REJECTED")),
                "result", "validation.oneOf", "must be APPROVED or REJECTED", "APPROVED, REJECTED");
        v.requirePastDate(result.reviewedOn(), "reviewedOn", today());
        v.requireText(result.reviewer(), "reviewer", 100);
        v.optionalText(result.note(), "note", 2000);
        v.throwIfInvalid();
        requireResultAllowed(review, result);
        // the update names the state the result was judged on: a sanction that blocked the review meanwhile, or a
        // concurrent result, makes it match nothing, and the result is judged again on the review as it now stands
        int recorded = jdbc.sql("""
                update background_review set status = :status, reviewed_on = :on, reviewer = :reviewer,
                    result_note = :note, decided_by = :by where id = :id and status = :expected""")
                .param("status", result.result()).param("on", result.reviewedOn())
                .param("reviewer", result.reviewer().trim()).param("note", Validation.blankToNull(result.note()))
                .param("by", actor.username()).param("id", reviewId).param("expected", review.status()).update();
        if (recorded == 0) {
            requireResultAllowed(review(actor, operatorId, reviewId), result);
            throw ApiException.conflict("This review changed meanwhile; reload it.");
        }
        audit.record("BACKGROUND_REVIEW_" + result.result(), "BackgroundReview", reviewId,
                Map.of("reviewedOn", result.reviewedOn().toString(), "reviewer", result.reviewer().trim()));
        return review(actor, operatorId, reviewId);
    }

    /** A barred person's review is not approved (Art. 43 para 3); a review has one result. */
    private static void requireResultAllowed(ReviewView review, ReviewResult result) {
        if (review.status().equals("BLOCKED") && result.result().equals("APPROVED")) {
            throw ApiException.conflict("This person is " + review.barWording()
                    + " from key network security positions (Art. 43 para 3); the review cannot be approved.");
        }
        if (!review.status().equals("PENDING") && !review.status().equals("BLOCKED")) {
            throw ApiException.conflict("This review already has its result: " + review.status() + ".");
        }
    }

    private static final String REVIEW_SELECT = """
            select r.*, p.name as person_name, p.id_last4 from background_review r
            join program_person p on p.id = r.person_id
            """;

    public ReviewView review(Actor actor, UUID operatorId, UUID reviewId) {
        access.readable(actor, operatorId);
        return jdbc.sql(REVIEW_SELECT + " where r.id = :id and r.operator_id = :op").param("id", reviewId)
                .param("op", operatorId).query(PeopleService::mapReview).optional()
                .orElseThrow(() -> ApiException.notFound("Background review " + reviewId));
    }

    public List<ReviewView> reviews(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return jdbc.sql(REVIEW_SELECT + " where r.operator_id = :op order by r.requested_at desc")
                .param("op", operatorId).query(PeopleService::mapReview).list();
    }

    /**
     * A sanction registered after people took their positions: everyone with that identity-number hash whose review
     * is pending or approved is re-checked; a pending review is blocked, an approved one is flagged, and the operator
     * is told until when the person is barred, and nothing of the offence.
     */
    @ApplicationModuleListener
    void on(SanctionRegistered sanction) {
        LocalDate today = today();
        if (!sanction.barredForLife() && sanction.barredUntil().isBefore(today)) {
            return;
        }
        PositionBans.PositionBan ban = new PositionBans.PositionBan(sanction.barredUntil(), sanction.barredForLife());
        List<ReviewView> affected = jdbc.sql(REVIEW_SELECT + """
                 where p.id_hash = :hash and r.status in ('PENDING', 'APPROVED') and r.alerted_at is null
                   and r.requested_at = (select max(r2.requested_at) from background_review r2
                                         where r2.person_id = r.person_id and lower(r2.position) = lower(r.position))""")
                .param("hash", sanction.idHash()).query(PeopleService::mapReview).list();
        Instant now = clock.instant();
        for (ReviewView review : affected) {
            jdbc.sql("""
                    update background_review set alerted_at = :now, barred_until = :until, barred_for_life = :life,
                        status = case when status = 'PENDING' then 'BLOCKED' else status end
                    where id = :id and alerted_at is null""")
                    .param("now", Timestamp.from(now)).param("until", ban.barredUntil())
                    .param("life", ban.barredForLife()).param("id", review.id()).update();
            events.publishEvent(new org.ciip.obligations.BackgroundReviewAlerted(review.id(), review.operatorId(),
                    review.personName(), review.idLast4(), review.position(), ban.barredUntil(),
                    ban.barredForLife()));
        }
    }

    // ---- decisions with the institution's participation (Art. 16, 39(6)) --------------------------------------

    public record DecisionRequest(LocalDate decidedOn, String subject, String participant) {
    }

    public record DecisionView(UUID id, LocalDate decidedOn, String subject, String participant,
            Instant recordedAt, String recordedBy) {
    }

    @Transactional
    public DecisionView recordDecision(Actor actor, UUID operatorId, DecisionRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        v.requirePastDate(request.decidedOn(), "decidedOn", today());
        v.requireText(request.subject(), "subject", 500);
        v.optionalText(request.participant(), "participant", 100);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into security_decision (id, operator_id, decided_on, subject, participant, recorded_at, recorded_by)
                values (:id, :op, :on, :subject, :participant, :now, :by)""")
                .param("id", id).param("op", operatorId).param("on", request.decidedOn())
                .param("subject", request.subject().trim())
                .param("participant", Validation.blankToNull(request.participant()))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
        audit.record("SECURITY_DECISION_RECORDED", "SecurityDecision", id,
                Map.of("decidedOn", request.decidedOn().toString(), "withInstitution",
                        Validation.blankToNull(request.participant()) != null));
        return decision(id);
    }

    /** The operator's decisions, newest first, a page at a time. */
    public PageResult<DecisionView> decisions(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        long total = jdbc.sql("select count(*) from security_decision where operator_id = :op")
                .param("op", operatorId).query(Long.class).single();
        List<DecisionView> items = jdbc.sql("select * from security_decision where operator_id = :op "
                        + "order by decided_on desc, recorded_at desc, id limit :limit offset :offset")
                .param("op", operatorId).param("limit", page.size()).param("offset", page.offset())
                .query(PeopleService::mapDecision).list();
        return PageResult.of(items, page, total);
    }

    private DecisionView decision(UUID id) {
        return jdbc.sql("select * from security_decision where id = :id").param("id", id)
                .query(PeopleService::mapDecision).single();
    }

    private static DecisionView mapDecision(ResultSet rs, int row) throws SQLException {
        return new DecisionView(UUID.fromString(rs.getString("id")), rs.getObject("decided_on", LocalDate.class),
                rs.getString("subject"), rs.getString("participant"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    private static ReviewView mapReview(ResultSet rs, int row) throws SQLException {
        LocalDate until = rs.getObject("barred_until", LocalDate.class);
        boolean life = rs.getBoolean("barred_for_life");
        String wording = life || until != null ? new PositionBans.PositionBan(until, life).wording() : null;
        Timestamp alerted = rs.getTimestamp("alerted_at");
        return new ReviewView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("operator_id")),
                UUID.fromString(rs.getString("person_id")), rs.getString("person_name"), rs.getString("id_last4"),
                rs.getString("position"), rs.getString("status"), until, life, wording,
                rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
                rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer"), rs.getString("result_note"),
                alerted == null ? null : alerted.toInstant());
    }
}
