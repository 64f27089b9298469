package org.ciip.obligations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code purchase} and {@code supplier_agreement} (Art. 19, 20), and nothing else. Names of
 * operators and suppliers come from the registry's view.
 */
@Repository
class Purchases {

    private static final String PURCHASE_SELECT = """
            select p.*, o.name as operator_name, s.name as supplier_name,
              not exists (select 1 from supplier_agreement g where g.purchase_id = p.id
                          and (g.expires_on is null or g.expires_on >= :today)) as agreement_missing
            from purchase p join registry_organization o on o.id = p.operator_id
            join registry_organization s on s.id = p.supplier_id""";
    private static final String AGREEMENT_SELECT = """
            select g.*, o.name as operator_name, s.name as supplier_name, p.item from supplier_agreement g
            join purchase p on p.id = g.purchase_id join registry_organization o on o.id = g.operator_id
            join registry_organization s on s.id = g.supplier_id""";

    private final JdbcClient jdbc;

    Purchases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID operatorId, UUID supplierId, Procurement.PurchaseRequest r, boolean mayAffect,
            Instant now, String by) {
        jdbc.sql("""
                insert into purchase (id, operator_id, supplier_id, item, amount_cny, purchased_on,
                    may_affect_national_security, justification, review_status, in_use_since, created_at, created_by)
                values (:id, :op, :supplier, :item, :amount, :on, :may, :why, :review, :inUse, :now, :by)""")
                .param("id", id).param("op", operatorId).param("supplier", supplierId)
                .param("item", r.item().trim()).param("amount", r.amountCny()).param("on", r.purchasedOn())
                .param("may", mayAffect).param("why", r.justification().trim())
                .param("review", (mayAffect ? PurchaseReviewStatus.REQUIRED : PurchaseReviewStatus.NOT_REQUIRED).name())
                .param("inUse", r.inUseSince()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /**
     * Records a review outcome if the review is still as it was read; false when a concurrent outcome came first. A
     * failed review may be followed by another.
     */
    boolean recordReview(UUID id, PurchaseReviewStatus expected, PurchaseReviewStatus outcome, LocalDate passedOn,
            String reference) {
        return jdbc.sql("update purchase set review_status = :status, review_passed_on = :on, review_reference = :ref "
                        + "where id = :id and review_status = :expected")
                .param("status", outcome.name()).param("on", passedOn).param("ref", reference).param("id", id)
                .param("expected", expected.name()).update() == 1;
    }

    void putInUse(UUID id, LocalDate since) {
        jdbc.sql("update purchase set in_use_since = :on where id = :id").param("on", since).param("id", id).update();
    }

    void insertAgreement(UUID id, UUID purchaseId, UUID operatorId, UUID supplierId,
            Procurement.AgreementRequest r, Instant now, String by) {
        jdbc.sql("""
                insert into supplier_agreement (id, purchase_id, operator_id, supplier_id, signed_on, obligations,
                    expires_on, created_at, created_by)
                values (:id, :purchase, :op, :supplier, :signed, :obligations, :expires, :now, :by)""")
                .param("id", id).param("purchase", purchaseId).param("op", operatorId).param("supplier", supplierId)
                .param("signed", r.signedOn()).param("obligations", r.obligations().trim())
                .param("expires", r.expiresOn()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** The supplier's acknowledgement, once: false when it was acknowledged already. */
    boolean acknowledge(UUID agreementId, Instant now, String by) {
        return jdbc.sql("update supplier_agreement set acknowledged_at = :now, acknowledged_by = :by where id = :id "
                        + "and acknowledged_at is null")
                .param("now", Timestamp.from(now)).param("by", by).param("id", agreementId).update() == 1;
    }

    Optional<Procurement.PurchaseView> find(Actor actor, UUID id, LocalDate today) {
        SqlPredicate scope = actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
        return jdbc.sql(PURCHASE_SELECT + " where p.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).param("today", today).query(Purchases::mapPurchase).optional()
                .map(p -> withAgreements(List.of(p), today).getFirst());
    }

    /** The operator's purchases, newest first, a page at a time, each with its agreements. */
    PageResult<Procurement.PurchaseView> page(UUID operatorId, LocalDate today, PageQuery page) {
        long total = jdbc.sql("select count(*) from purchase where operator_id = :op").param("op", operatorId)
                .query(Long.class).single();
        List<Procurement.PurchaseView> items = jdbc.sql(PURCHASE_SELECT + " where p.operator_id = :op "
                        + "order by p.purchased_on desc, p.id limit :limit offset :offset")
                .param("op", operatorId).param("today", today).param("limit", page.size())
                .param("offset", page.offset()).query(Purchases::mapPurchase).list();
        return PageResult.of(withAgreements(items, today), page, total);
    }

    /** Agreements the actor may see: a supplier its own, an operator its own, a department those of its operators. */
    static SqlPredicate agreementScope(Actor actor) {
        return actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code")
                .or(actor.jurisdiction().partyTo("g.supplier_id", OrganizationKind.SUPPLIER));
    }

    PageResult<Procurement.AgreementView> agreements(Actor actor, LocalDate today, PageQuery page) {
        SqlPredicate scope = agreementScope(actor);
        long total = jdbc.sql("select count(*) from supplier_agreement g join registry_organization o "
                + "on o.id = g.operator_id where " + scope.sql()).params(scope.params()).query(Long.class).single();
        List<Procurement.AgreementView> items = jdbc.sql(AGREEMENT_SELECT + " where " + scope.sql()
                        + " order by g.signed_on desc, g.created_at desc limit :limit offset :offset")
                .params(scope.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> mapAgreement(rs, today)).list();
        return PageResult.of(items, page, total);
    }

    Optional<Procurement.AgreementView> agreement(Actor actor, UUID id, LocalDate today) {
        SqlPredicate scope = agreementScope(actor);
        return jdbc.sql(AGREEMENT_SELECT + " where g.id = :id and " + scope.sql()).params(scope.params())
                .param("id", id).query((rs, n) -> mapAgreement(rs, today)).optional();
    }

    private List<Procurement.PurchaseView> withAgreements(List<Procurement.PurchaseView> purchases, LocalDate today) {
        if (purchases.isEmpty()) {
            return purchases;
        }
        UUID[] ids = purchases.stream().map(Procurement.PurchaseView::id).toArray(UUID[]::new);
        Map<UUID, List<Procurement.AgreementView>> byPurchase = new HashMap<>();
        jdbc.sql(AGREEMENT_SELECT + " where g.purchase_id = any(:ids) order by g.signed_on desc").param("ids", ids)
                .query((rs, n) -> mapAgreement(rs, today)).list()
                .forEach(a -> byPurchase.computeIfAbsent(a.purchaseId(), k -> new ArrayList<>()).add(a));
        return purchases.stream().map(p -> new Procurement.PurchaseView(p.id(), p.operatorId(), p.operatorName(),
                p.supplierId(), p.supplierName(), p.item(), p.amountCny(), p.purchasedOn(),
                p.mayAffectNationalSecurity(), p.justification(), p.reviewStatus(), p.reviewPassedOn(),
                p.reviewReference(), p.inUseSince(), p.reviewMissing(), p.usedBeforeReview(), p.agreementMissing(),
                byPurchase.getOrDefault(p.id(), List.of()))).toList();
    }

    private static Procurement.PurchaseView mapPurchase(ResultSet rs, int row) throws SQLException {
        boolean may = rs.getBoolean("may_affect_national_security");
        PurchaseReviewStatus review = PurchaseReviewStatus.valueOf(rs.getString("review_status"));
        LocalDate passed = rs.getObject("review_passed_on", LocalDate.class);
        LocalDate inUse = rs.getObject("in_use_since", LocalDate.class);
        boolean reviewMissing = may && review != PurchaseReviewStatus.PASSED;
        boolean usedBefore = may && inUse != null && (passed == null || passed.isAfter(inUse));
        return new Procurement.PurchaseView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), rs.getString("operator_name"),
                UUID.fromString(rs.getString("supplier_id")), rs.getString("supplier_name"), rs.getString("item"),
                rs.getBigDecimal("amount_cny"), rs.getObject("purchased_on", LocalDate.class), may,
                rs.getString("justification"), review, passed, rs.getString("review_reference"), inUse, reviewMissing,
                usedBefore, rs.getBoolean("agreement_missing"), List.of());
    }

    private static Procurement.AgreementView mapAgreement(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new Procurement.AgreementView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("purchase_id")), UUID.fromString(rs.getString("operator_id")),
                rs.getString("operator_name"), UUID.fromString(rs.getString("supplier_id")),
                rs.getString("supplier_name"), rs.getString("item"), rs.getObject("signed_on", LocalDate.class),
                rs.getString("obligations"), expires, expires != null && expires.isBefore(today),
                ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by"));
    }
}
