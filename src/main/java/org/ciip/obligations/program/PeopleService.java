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

    private final Institutions institutions;
    private final KeyPositions positions;
    private final BackgroundReviews reviews;
    private final SecurityDecisions decisions;
    private final OperatorAccess access;
    private final PersonIdHasher hasher;
    private final PositionBans bans;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(Institutions institutions, KeyPositions positions, BackgroundReviews reviews,
            SecurityDecisions decisions, OperatorAccess access, PersonIdHasher hasher, PositionBans bans,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.institutions = institutions;
        this.positions = positions;
        this.reviews = reviews;
        this.decisions = decisions;
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
        return institutions.find(operatorId);
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
            institutions.insert(operatorId, request, now, actor.username());
        } else {
            int expected = request.version() == null ? current.get().version() : request.version();
            if (!institutions.update(operatorId, request, expected, now, actor.username())) {
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
        institutions.recordYear(operatorId, request, Validation.blankToNull(request.note()), clock.instant(),
                actor.username());
        audit.record("INSTITUTION_YEAR_RECORDED", "SecurityInstitution", operatorId,
                Map.of("year", request.year(), "budgetCny", request.budgetCny().toPlainString(),
                        "staffCount", request.staffCount()));
        return years(actor, operatorId).stream().filter(y -> y.year() == request.year()).findFirst().orElseThrow();
    }

    public List<YearView> years(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return institutions.years(operatorId);
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
            boolean exists = positions.titleTaken(operatorId, request.title().trim());
            v.require(!exists, "title", "validation.duplicate", "is already a key position of this operator");
        }
        v.optionalText(request.duties(), "duties", 2000);
        v.requirePastDate(request.identifiedOn(), "identifiedOn", today());
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        positions.insert(id, operatorId, request.title().trim(), Validation.blankToNull(request.duties()),
                request.identifiedOn(), clock.instant(), actor.username());
        audit.record("KEY_POSITION_IDENTIFIED", "KeyPosition", id,
                Map.of("operatorId", operatorId.toString(), "title", request.title().trim()));
        return keyPositions(actor, operatorId).stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    /** The key positions with who holds each: the person of the latest review for that position. */
    public List<KeyPositionView> keyPositions(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return positions.list(operatorId);
    }

    // ---- background reviews (Art. 14, 43 para 3) ---------------------------------------------------------------

    /** The body of {@code POST /api/v1/operators/{id}/background-reviews}. */
    public record ReviewRequest(String personName, String idNumber, String position) {
    }

    public record ReviewResult(String result, LocalDate reviewedOn, String reviewer, String note) {
    }

    public record ReviewView(UUID id, UUID operatorId, UUID personId, String personName, String idLast4,
            String position, ReviewStatus status, LocalDate barredUntil, boolean barredForLife, String barWording,
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
        UUID personId = reviews.person(operatorId, request.personName().trim(), hash,
                PersonIdNumber.lastFour(request.idNumber()), request.position().trim(), now);
        Optional<PositionBans.PositionBan> ban = bans.banFor(hash, today());
        UUID id = UUID.randomUUID();
        ReviewStatus status = ban.isPresent() ? ReviewStatus.BLOCKED : ReviewStatus.PENDING;
        reviews.insert(id, operatorId, personId, request.position().trim(), status, ban, now, actor.username());
        events.publishEvent(new org.ciip.obligations.BackgroundReviewRequested(id, operatorId, personId,
                request.position().trim(), status.name()));
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
        ReviewStatus outcome = ReviewStatus.valueOf(result.result());
        // the result is written only if the review is still in the state it was judged on: a sanction that blocked
        // it meanwhile, or a concurrent result, makes it match nothing, and the result is judged again on the review
        // as it now stands
        if (!reviews.recordResult(BackgroundReview.of(review).recordResult(outcome), result.reviewedOn(),
                result.reviewer().trim(), Validation.blankToNull(result.note()), actor.username())) {
            BackgroundReview.of(review(actor, operatorId, reviewId)).recordResult(outcome);
            throw ApiException.conflict("This review changed meanwhile; reload it.");
        }
        events.publishEvent(new org.ciip.obligations.BackgroundReviewResultRecorded(reviewId, operatorId,
                result.result(), result.reviewedOn(), result.reviewer().trim()));
        return review(actor, operatorId, reviewId);
    }


    public ReviewView review(Actor actor, UUID operatorId, UUID reviewId) {
        access.readable(actor, operatorId);
        return reviews.find(operatorId, reviewId)
                .orElseThrow(() -> ApiException.notFound("Background review " + reviewId));
    }

    public List<ReviewView> reviews(Actor actor, UUID operatorId) {
        access.readable(actor, operatorId);
        return reviews.list(operatorId);
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
        List<ReviewView> affected = reviews.affectedBy(sanction.idHash());
        Instant now = clock.instant();
        for (ReviewView review : affected) {
            reviews.alert(review.id(), ban, now);
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
        decisions.insert(id, operatorId, request, Validation.blankToNull(request.participant()), clock.instant(),
                actor.username());
        audit.record("SECURITY_DECISION_RECORDED", "SecurityDecision", id,
                Map.of("decidedOn", request.decidedOn().toString(), "withInstitution",
                        Validation.blankToNull(request.participant()) != null));
        return decisions.find(id);
    }

    /** The operator's decisions, newest first, a page at a time. */
    public PageResult<DecisionView> decisions(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        return decisions.page(operatorId, page);
    }


    // ---- helpers -------------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LegalTime.today(clock);
    }
}
