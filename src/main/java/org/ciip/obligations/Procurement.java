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
import org.ciip.audit.AuditTrail;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final OperatorAccess access;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procurement(JdbcClient jdbc, OperatorAccess access, Organizations organizations, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
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
            String justification, String reviewStatus, LocalDate reviewPassedOn, String reviewReference,
            LocalDate inUseSince, boolean reviewMissing, boolean usedBeforeReview, boolean agreementMissing,
            List<AgreementView> agreements) {
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
        jdbc.sql("""
                insert into purchase (id, operator_id, supplier_id, item, amount_cny, purchased_on,
                    may_affect_national_security, justification, review_status, in_use_since, created_at, created_by)
                values (:id, :op, :supplier, :item, :amount, :on, :may, :why, :review, :inUse, :now, :by)""")
                .param("id", id).param("op", operatorId).param("supplier", supplier.id())
                .param("item", request.item().trim()).param("amount", request.amountCny())
                .param("on", request.purchasedOn()).param("may", mayAffect)
                .param("why", request.justification().trim()).param("review", mayAffect ? "REQUIRED" : "NOT_REQUIRED")
                .param("inUse", request.inUseSince()).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("supplierId", supplier.id().toString());
        summary.put("amountCny", request.amountCny().toPlainString());
        summary.put("mayAffectNationalSecurity", mayAffect);
        audit.record("PURCHASE_RECORDED", "Purchase", id, summary);
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
        jdbc.sql("update purchase set review_status = :status, review_passed_on = :on, review_reference = :ref "
                        + "where id = :id")
                .param("status", outcome.result()).param("on", outcome.result().equals("PASSED")
                        ? outcome.decidedOn() : null)
                .param("ref", outcome.reference().trim()).param("id", purchaseId).update();
        audit.record("PURCHASE_REVIEW_" + outcome.result(), "Purchase", purchaseId,
                Map.of("decidedOn", outcome.decidedOn().toString(), "reference", outcome.reference().trim()));
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
        jdbc.sql("update purchase set in_use_since = :on where id = :id").param("on", request.inUseSince())
                .param("id", purchaseId).update();
        PurchaseView updated = get(actor, purchaseId);
        audit.record("PURCHASE_IN_USE", "Purchase", purchaseId, Map.of("inUseSince",
                request.inUseSince().toString(), "beforeReview", updated.usedBeforeReview()));
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
        jdbc.sql("""
                insert into supplier_agreement (id, purchase_id, operator_id, supplier_id, signed_on, obligations,
                    expires_on, created_at, created_by)
                values (:id, :purchase, :op, :supplier, :signed, :obligations, :expires, :now, :by)""")
                .param("id", id).param("purchase", purchaseId).param("op", purchase.operatorId())
                .param("supplier", purchase.supplierId()).param("signed", request.signedOn())
                .param("obligations", request.obligations().trim()).param("expires", request.expiresOn())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).update();
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
        jdbc.sql("update supplier_agreement set acknowledged_at = :now, acknowledged_by = :by where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("id", agreementId)
                .update();
        audit.record("SUPPLIER_AGREEMENT_ACKNOWLEDGED", "SupplierAgreement", agreementId, Map.of());
        return agreement(actor, agreementId);
    }

    private static final String PURCHASE_SELECT = """
            select p.*, o.name as operator_name, s.name as supplier_name,
              not exists (select 1 from supplier_agreement g where g.purchase_id = p.id
                          and (g.expires_on is null or g.expires_on >= :today)) as agreement_missing
            from purchase p join organization o on o.id = p.operator_id join organization s on s.id = p.supplier_id""";

    public PurchaseView get(Actor actor, UUID id) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        PurchaseView purchase = jdbc.sql(PURCHASE_SELECT + " where p.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id).param("today", today()).query(this::mapPurchase).optional()
                .orElseThrow(() -> ApiException.notFound("Purchase " + id));
        return withAgreements(List.of(purchase)).getFirst();
    }

    /** The operator's purchases, newest first, a page at a time, each with its agreements. */
    public PageResult<PurchaseView> purchases(Actor actor, UUID operatorId, PageQuery page) {
        access.readable(actor, operatorId);
        long total = jdbc.sql("select count(*) from purchase where operator_id = :op").param("op", operatorId)
                .query(Long.class).single();
        List<PurchaseView> items = jdbc.sql(PURCHASE_SELECT + " where p.operator_id = :op "
                        + "order by p.purchased_on desc, p.id limit :limit offset :offset")
                .param("op", operatorId).param("today", today()).param("limit", page.size())
                .param("offset", page.offset()).query(this::mapPurchase).list();
        return PageResult.of(withAgreements(items), page, total);
    }

    private static final String AGREEMENT_SELECT = """
            select g.*, o.name as operator_name, s.name as supplier_name, p.item from supplier_agreement g
            join purchase p on p.id = g.purchase_id join organization o on o.id = g.operator_id
            join organization s on s.id = g.supplier_id""";

    /** Agreements the actor may see: a supplier its own, an operator its own, a department those of its operators. */
    public PageResult<AgreementView> agreements(Actor actor, PageQuery page) {
        SqlPredicate scope = agreementScope(actor);
        long total = jdbc.sql("select count(*) from supplier_agreement g join organization o on o.id = g.operator_id "
                + "where " + scope.sql()).params(scope.params()).query(Long.class).single();
        List<AgreementView> items = jdbc.sql(AGREEMENT_SELECT + " where " + scope.sql()
                        + " order by g.signed_on desc, g.created_at desc limit :limit offset :offset")
                .params(scope.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::mapAgreement).list();
        return PageResult.of(items, page, total);
    }

    public AgreementView agreement(Actor actor, UUID id) {
        SqlPredicate scope = agreementScope(actor);
        return jdbc.sql(AGREEMENT_SELECT + " where g.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).query(this::mapAgreement).optional()
                .orElseThrow(() -> ApiException.notFound("Agreement " + id));
    }

    private static SqlPredicate agreementScope(Actor actor) {
        return actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code")
                .or(actor.jurisdiction().partyTo("g.supplier_id", OrganizationKind.SUPPLIER));
    }

    private List<PurchaseView> withAgreements(List<PurchaseView> purchases) {
        if (purchases.isEmpty()) {
            return purchases;
        }
        UUID[] ids = purchases.stream().map(PurchaseView::id).toArray(UUID[]::new);
        Map<UUID, List<AgreementView>> byPurchase = new java.util.HashMap<>();
        jdbc.sql(AGREEMENT_SELECT + " where g.purchase_id = any(:ids) order by g.signed_on desc").param("ids", ids)
                .query(this::mapAgreement).list()
                .forEach(a -> byPurchase.computeIfAbsent(a.purchaseId(), k -> new java.util.ArrayList<>()).add(a));
        return purchases.stream().map(p -> new PurchaseView(p.id(), p.operatorId(), p.operatorName(), p.supplierId(),
                p.supplierName(), p.item(), p.amountCny(), p.purchasedOn(), p.mayAffectNationalSecurity(),
                p.justification(), p.reviewStatus(), p.reviewPassedOn(), p.reviewReference(), p.inUseSince(),
                p.reviewMissing(), p.usedBeforeReview(), p.agreementMissing(),
                byPurchase.getOrDefault(p.id(), List.of()))).toList();
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    private PurchaseView mapPurchase(ResultSet rs, int row) throws SQLException {
        boolean may = rs.getBoolean("may_affect_national_security");
        String review = rs.getString("review_status");
        LocalDate passed = rs.getObject("review_passed_on", LocalDate.class);
        LocalDate inUse = rs.getObject("in_use_since", LocalDate.class);
        boolean reviewMissing = may && !review.equals("PASSED");
        boolean usedBefore = may && inUse != null && (passed == null || passed.isAfter(inUse));
        return new PurchaseView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), UUID.fromString(rs.getString("supplier_id")),
                rs.getString("supplier_name"), rs.getString("item"), rs.getBigDecimal("amount_cny"),
                rs.getObject("purchased_on", LocalDate.class), may, rs.getString("justification"), review, passed,
                rs.getString("review_reference"), inUse, reviewMissing, usedBefore,
                rs.getBoolean("agreement_missing"), List.of());
    }

    private AgreementView mapAgreement(ResultSet rs, int row) throws SQLException {
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new AgreementView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("purchase_id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                UUID.fromString(rs.getString("supplier_id")), rs.getString("supplier_name"), rs.getString("item"),
                rs.getObject("signed_on", LocalDate.class), rs.getString("obligations"), expires,
                expires != null && expires.isBefore(today()), ack == null ? null : ack.toInstant(),
                rs.getString("acknowledged_by"));
    }
}
