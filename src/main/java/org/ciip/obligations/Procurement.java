package org.ciip.obligations;

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
import java.util.UUID;
import org.ciip.obligations.program.OperatorAccess;
import org.ciip.registry.OrganizationSummary;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement of network products and services: a purchase that may affect national security needs a passed security
 * review before use (Art. 19, 41), and every purchase needs a security and confidentiality agreement with the supplier
 * (Art. 20, 39(9)), which the supplier sees and acknowledges. Part of the module's public API: the demo world records
 * its purchases through it.
 */
@Service
public class Procurement {

    private final Purchases purchases;
    private final OperatorAccess access;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procurement(Purchases purchases, OperatorAccess access, Organizations organizations,
            ApplicationEventPublisher events, Clock clock) {
        this.purchases = purchases;
        this.access = access;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public record PurchaseRequest(UUID supplierId, String item, BigDecimal amountCny, LocalDate purchasedOn,
            Boolean mayAffectNationalSecurity, String justification, LocalDate inUseSince) {
    }

    public record ReviewOutcome(String result, LocalDate decidedOn, String reference) {
    }

    public record UseRequest(LocalDate inUseSince) {
    }

    public record AgreementRequest(LocalDate signedOn, String obligations, LocalDate expiresOn) {
    }

    public record AgreementView(UUID id, UUID purchaseId, UUID operatorId, String operatorName, UUID supplierId,
            String supplierName, String item, LocalDate signedOn, String obligations, LocalDate expiresOn,
            boolean expired, Instant acknowledgedAt, String acknowledgedBy) {
    }

    /**
     * A purchase with what is missing: {@code reviewMissing} while a purchase that may affect national security has
     * no passed review; {@code usedBeforeReview} when it went into use before one (Art. 41); {@code agreementMissing}
     * without a signed agreement in force (Art. 39(9)).
     */
    public record PurchaseView(UUID id, UUID operatorId, String operatorName, UUID supplierId, String supplierName,
            String item, BigDecimal amountCny, LocalDate purchasedOn, boolean mayAffectNationalSecurity,
            String justification, PurchaseReviewStatus reviewStatus, LocalDate reviewPassedOn,
            String reviewReference, LocalDate inUseSince, boolean reviewMissing, boolean usedBeforeReview,
            boolean agreementMissing, List<AgreementView> agreements) {
    }

    @Transactional
    public PurchaseView record(Actor actor, UUID operatorId, PurchaseRequest request) {
        access.writable(actor, operatorId);
        Validation v = new Validation();
        OrganizationSummary supplier = null;
        if (request.supplierId() == null) {
            v.add("supplierId", "validation.required", "is required");
        } else {
            supplier = organizations.find(request.supplierId())
                    .filter(o -> o.kind() == OrganizationKind.SUPPLIER).orElse(null);
            v.require(supplier != null, "supplierId", "validation.supplier", "is not a registered supplier");
        }
        v.requireText(request.item(), "item", 500);
        if (request.amountCny() == null) {
            v.add("amountCny", "validation.required", "is required");
        } else if (request.amountCny().signum() < 0) {
            v.add("amountCny", "validation.nonNegative", "must not be negative");
        }
        LocalDate today = today();
        v.requirePastDate(request.purchasedOn(), "purchasedOn", today);
        v.require(request.mayAffectNationalSecurity() != null, "mayAffectNationalSecurity", "validation.required",
                "is required");
        v.requireText(request.justification(), "justification", 2000);
        v.notInFuture(request.inUseSince(), "inUseSince", today);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        boolean mayAffect = request.mayAffectNationalSecurity();
        purchases.insert(id, operatorId, supplier.id(), request, mayAffect, clock.instant(), actor.username());
        events.publishEvent(new PurchaseRecorded(id, operatorId, supplier.id(), request.amountCny(), mayAffect));
        return get(actor, id);
    }

    /** The outcome of the national security review of a purchase (Art. 19). */
    @Transactional
    public PurchaseView recordReview(Actor actor, UUID purchaseId, ReviewOutcome outcome) {
        PurchaseView purchase = get(actor, purchaseId);
        access.writable(actor, purchase.operatorId());
        if (!purchase.mayAffectNationalSecurity()) {
            throw ApiException.conflict("This purchase was recorded as not affecting national security; "
                    + "it needs no security review (Art. 19).");
        }
        Validation v = new Validation();
        v.require(outcome.result() != null && (outcome.result().equals("PASSED") || outcome.result().equals("FAILED")),
                "result", "validation.oneOf", "must be PASSED or FAILED", "PASSED, FAILED");
        v.requirePastDate(outcome.decidedOn(), "decidedOn", today());
        v.requireText(outcome.reference(), "reference", 100);
        v.throwIfInvalid();
        PurchaseReviewStatus result = PurchaseReviewStatus.valueOf(outcome.result());
        // written only if the review is still as it was read: of two concurrent outcomes only one stands
        if (!purchases.recordReview(purchaseId, purchase.reviewStatus(), result,
                result == PurchaseReviewStatus.PASSED ? outcome.decidedOn() : null, outcome.reference().trim())) {
            throw ApiException.conflict("The review of this purchase was recorded meanwhile; reload it.");
        }
        events.publishEvent(new PurchaseReviewRecorded(purchaseId, purchase.operatorId(), result,
                outcome.decidedOn(), outcome.reference().trim()));
        return get(actor, purchaseId);
    }

    /** Records when the product or service went into use; before a passed review this is flagged (Art. 41). */
    @Transactional
    public PurchaseView putInUse(Actor actor, UUID purchaseId, UseRequest request) {
        PurchaseView purchase = get(actor, purchaseId);
        access.writable(actor, purchase.operatorId());
        Validation v = new Validation();
        v.requirePastDate(request.inUseSince(), "inUseSince", today());
        v.throwIfInvalid();
        purchases.putInUse(purchaseId, request.inUseSince());
        PurchaseView updated = get(actor, purchaseId);
        events.publishEvent(new PurchasePutInUse(purchaseId, purchase.operatorId(), request.inUseSince(),
                updated.usedBeforeReview()));
        return updated;
    }

    /** The security and confidentiality agreement with the supplier (Art. 20); the supplier is told. */
    @Transactional
    public AgreementView recordAgreement(Actor actor, UUID purchaseId, AgreementRequest request) {
        PurchaseView purchase = get(actor, purchaseId);
        access.writable(actor, purchase.operatorId());
        Validation v = new Validation();
        v.requirePastDate(request.signedOn(), "signedOn", today());
        v.requireText(request.obligations(), "obligations", 20000);
        if (request.expiresOn() != null && request.signedOn() != null && !request.expiresOn().isAfter(request.signedOn())) {
            v.add("expiresOn", "validation.afterSigning", "must be after the signing date");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        purchases.insertAgreement(id, purchaseId, purchase.operatorId(), purchase.supplierId(), request,
                clock.instant(), actor.username());
        events.publishEvent(new SupplierAgreementSigned(id, purchaseId, purchase.supplierId(),
                purchase.operatorName(), purchase.item(), request.signedOn()));
        return agreement(actor, id);
    }

    /** The supplier acknowledges its agreement. */
    @Transactional
    public AgreementView acknowledge(Actor actor, UUID agreementId) {
        AgreementView agreement = agreement(actor, agreementId);
        if (!agreement.supplierId().equals(actor.organizationId()) || !actor.canWrite()) {
            throw ApiException.forbidden("Only the supplier party to the agreement acknowledges it (Art. 20).");
        }
        if (agreement.acknowledgedAt() != null) {
            return agreement;
        }
        // acknowledged once: a concurrent acknowledgement that came first leaves this one nothing to record
        if (purchases.acknowledge(agreementId, clock.instant(), actor.username())) {
            events.publishEvent(new SupplierAgreementAcknowledged(agreementId, agreement.supplierId()));
        }
        return agreement(actor, agreementId);
    }

    public PurchaseView get(Actor actor, UUID id) {
        return purchases.find(actor, id, today()).orElseThrow(() -> ApiException.notFound("Purchase " + id));
    }

    /** The operator's purchases, newest first, a page at a time, each with its agreements. */
    public PageResult<PurchaseView> purchases(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        return purchases.page(operatorId, today(), page);
    }

    /** Agreements the actor may see: a supplier its own, an operator its own, a department those of its operators. */
    public PageResult<AgreementView> agreements(Actor actor, PageQuery page) {
        return purchases.agreements(actor, today(), page);
    }

    public AgreementView agreement(Actor actor, UUID id) {
        return purchases.agreement(actor, id, today()).orElseThrow(() -> ApiException.notFound("Agreement " + id));
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }
}
