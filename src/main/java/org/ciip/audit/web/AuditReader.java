package org.ciip.audit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ciip.audit.chain.AuditEntry;
import org.ciip.audit.chain.AuditSealer;
import org.ciip.audit.chain.ChainVerifier;
import org.ciip.audit.tree.AuditTree;
import org.ciip.audit.tree.TreeHeadVerifier;
import org.ciip.shared.Actor;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the trail: verification of the whole chain, and filtered pages for browsing. */
@Component
class AuditReader {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditSealer sealer;
    private final AuditTree tree;
    private final TransactionTemplate readOnly;
    private final org.ciip.audit.chain.EntryAuthentication authentication;

    AuditReader(JdbcClient jdbc, JdbcTemplate template, AuditSealer sealer, AuditTree tree,
            PlatformTransactionManager transactions, org.ciip.audit.chain.EntryAuthentication authentication) {
        this.jdbc = jdbc;
        this.authentication = authentication;
        this.tree = tree;
        this.template = new JdbcTemplate(template.getDataSource());
        this.template.setFetchSize(5_000);
        this.sealer = sealer;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot for the trail and its signed heads (see AuditTree.check)
        this.readOnly.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
    }

    /** Administrators and regulators may verify and browse the trail; operators browse their own entries. */
    static boolean mayVerify(Actor actor) {
        return actor.jurisdiction().isSystem() || actor.is(OrganizationKind.PLATFORM_ADMIN)
                || (actor.organizationKind() != null && actor.organizationKind().isAuthority());
    }

    /**
     * Seals what has been committed so far, then streams the whole chain in sequence order through a cursor, so memory
     * stays flat at tens of millions, and counts what was recorded in the meantime and is still unsealed.
     */
    public ChainVerifier.Verification verify() {
        sealer.sealAll();
        return readOnly.execute(status -> {
            ChainVerifier verifier = new ChainVerifier();
            TreeHeadVerifier.Result heads = tree.check(headVerifier -> template.query("select id, entry_code, "
                            + AuditEntry.COLUMNS + " from audit_entry where seq is not null order by seq", rs -> {
                                AuditEntry entry = AuditEntry.read(rs);
                                verifier.accept(entry, authentication.authentic(rs.getLong("id"), entry,
                                        rs.getString("entry_code")));
                                headVerifier.accept(entry.hash());
                            }));
            long unsealed = jdbc.sql("select count(*) from audit_entry where seq is null").query(Long.class).single();
            return verifier.result(unsealed).withTreeHeads(heads.treeHeads(), heads.firstInvalidTreeSize(),
                    heads.problem() == null ? null : heads.problem().name());
        });
    }

    PageResult<TrailEntry> page(Actor actor, AuditFilter filter, PageQuery page) {
        Where where = Where.within(scope(actor.jurisdiction()))
                .equal("e.actor", "actor", trimmed(filter.actor()))
                .equal("e.action", "action", trimmed(filter.action()))
                .equal("e.object_type", "objectType", trimmed(filter.objectType()))
                .equal("e.object_id", "objectId", trimmed(filter.objectId()))
                .when(filter.from() == null ? null
                        : java.sql.Timestamp.from(filter.from().atStartOfDay(LegalTime.ZONE).toInstant()),
                        "e.occurred_at >= :from", "from")
                .when(filter.to() == null ? null
                        : java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant()),
                        "e.occurred_at < :to", "to");
        long total = jdbc.sql("select count(*) from audit_entry e where " + where.sql()).params(where.params())
                .query(Long.class).single();
        boolean withoutContent = seesNoCaseContent(actor.jurisdiction());
        List<TrailEntry> items = jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry e where " + where.sql()
                        + " order by e.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    TrailEntry entry = new TrailEntry(rs.getObject("seq", Long.class), AuditEntry.read(rs));
                    return withoutContent ? entry.withoutContent() : entry;
                }).list();
        return PageResult.of(items, page, total);
    }

    /** A sealed entry the actor may see, as its hash covers it (without content for the administrator). */
    java.util.Optional<ProvenEntry.Entry> sealedEntry(Actor actor, long seq) {
        Where where = Where.within(scope(actor.jurisdiction())).when(seq, "e.seq = :seq", "seq");
        boolean withoutContent = seesNoCaseContent(actor.jurisdiction());
        return jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry e where " + where.sql())
                .params(where.params())
                .query((rs, n) -> ProvenEntry.Entry.of(AuditEntry.read(rs), withoutContent)).optional();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    /**
     * The platform administrator sees no case content (DESIGN.md §3): the trail's entries, without their summaries
     * and purposes.
     */
    static boolean seesNoCaseContent(Jurisdiction j) {
        return j.kind() == OrganizationKind.PLATFORM_ADMIN;
    }

    /**
     * Everyone sees the entries of their own organization; a protection department also those of the operators in
     * its jurisdiction; the platform administrator, MPS and CAC the whole trail. The entries of the sanctions register
     * are seen only by public security organs (their own) and MPS (Art. 43).
     */
    private static SqlPredicate scope(Jurisdiction j) {
        SqlPredicate scope = visible(j);
        if (j.isSystem() || j.kind() == OrganizationKind.MPS || j.kind() == OrganizationKind.PUBLIC_SECURITY_ORGAN) {
            return scope;
        }
        return new SqlPredicate("(" + scope.sql() + ") and e.object_type <> 'Sanction'", scope.params());
    }

    private static SqlPredicate visible(Jurisdiction j) {
        if (j.isSystem() || j.kind() == OrganizationKind.PLATFORM_ADMIN || j.kind() == OrganizationKind.MPS
                || j.kind() == OrganizationKind.CAC) {
            return SqlPredicate.ALL;
        }
        if (j.kind() == OrganizationKind.PROTECTION_DEPARTMENT) {
            SqlPredicate operators = j.operatorRecords("o.id", "s.sector", "o.region_code");
            Map<String, Object> params = new HashMap<>(operators.params());
            params.put("ownOrganization", j.organizationId());
            return new SqlPredicate("(e.actor_organization_id = :ownOrganization or e.actor_organization_id in ("
                    + "select o.id from organization o cross join lateral unnest(o.sectors) as s(sector) "
                    + "where o.kind = 'OPERATOR' and " + operators.sql() + "))", params);
        }
        return new SqlPredicate("e.actor_organization_id = :ownOrganization",
                Map.of("ownOrganization", j.organizationId()));
    }

    record AuditFilter(String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to) {
    }

    static void requireMayVerify(Actor actor) {
        if (!mayVerify(actor)) {
            throw ApiException.forbidden("Only administrators and regulators may verify the audit trail.");
        }
    }
}
