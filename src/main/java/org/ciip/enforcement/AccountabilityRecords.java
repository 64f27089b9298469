package org.ciip.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement of the accountability of departments: the missed duties counted from the clocks the incident
 * and identification modules publish ({@code incident_forwarding_clock}, {@code identification_recertification_clock})
 * and from enforcement's own cases; reports of fees or brands ({@code conduct_report}); liability investigations
 * ({@code liability_investigation}, {@code liability_finding}).
 */
@Repository
class AccountabilityRecords {

    private final JdbcClient jdbc;

    AccountabilityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per department: forwardings met late or due and still pending. */
    Map<UUID, Long> lateForwardings(Instant now) {
        return counts("""
                select department_id, count(*) from incident_forwarding_clock
                where status = 'LATE' or (status = 'PENDING' and due_at < :now) group by department_id""",
                Map.of("now", Timestamp.from(now)));
    }

    /** Re-certifications met after their due date or still open past it, by the asset's sector and province. */
    record LateRecertifications(String sector, String province, long count) {
    }

    List<LateRecertifications> lateRecertifications(LocalDate today) {
        return jdbc.sql("""
                select sector, left(region_code, 2) as province, count(*) from identification_recertification_clock
                where (status = 'OPEN' and recertification_due < :today)
                   or (recertified_at is not null
                       and (recertified_at at time zone 'Asia/Shanghai')::date > recertification_due)
                group by sector, left(region_code, 2)""")
                .param("today", today)
                .query((rs, n) -> new LateRecertifications(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Per authority: orders whose deadline, or the operator's answer, is older than the follow-up period. */
    Map<UUID, Long> ordersNotFollowedUp(LocalDate deadlineBefore, Instant answeredBefore) {
        return counts("""
                select authority_id, count(*) from enforcement_case
                where (status = 'ORDERED' and correct_by < :deadline) or (status = 'ANSWERED' and answered_at < :answered)
                group by authority_id""", Map.of("deadline", deadlineBefore, "answered", Timestamp.from(answeredBefore)));
    }

    /** Per body: reports of fees or brands, and those found founded. */
    Map<UUID, long[]> conductCounts() {
        Map<UUID, long[]> counts = new HashMap<>();
        jdbc.sql("select body_id, count(*), count(*) filter (where status = 'FOUNDED') from conduct_report "
                + "group by body_id").query(rs -> {
                    counts.put(UUID.fromString(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return counts;
    }

    private Map<UUID, Long> counts(String sql, Map<String, ?> params) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
        });
        return counts;
    }

    // ---- Art. 45 ----------------------------------------------------------------------------------------------------

    private static final String CONDUCT = """
            select c.*, op.name as operator_name, b.name as body_name from conduct_report c
            join registry_organization op on op.id = c.operator_id join registry_organization b on b.id = c.body_id""";

    void insertConduct(UUID id, UUID operatorId, AccountabilityViews.NewConductReport r, Instant now, String by) {
        jdbc.sql("""
                insert into conduct_report (id, operator_id, body_id, kind, description, amount, reported_at,
                    reported_by, status)
                values (:id, :operator, :body, :kind, :description, :amount, :now, :by, 'REPORTED')""")
                .param("id", id).param("operator", operatorId).param("body", r.bodyId())
                .param("kind", r.kind().trim().toUpperCase()).param("description", r.description().trim())
                .param("amount", r.amount()).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** A report, for its operator or (all) for MPS and CAC. */
    Optional<AccountabilityViews.ConductReport> conduct(UUID id, UUID operatorOrNull) {
        return jdbc.sql(CONDUCT + " where c.id = :id and (cast(:operator as uuid) is null or c.operator_id = :operator)")
                .param("id", id).param("operator", operatorOrNull).query((rs, n) -> conduct(rs)).optional();
    }

    PageResult<AccountabilityViews.ConductReport> conducts(UUID operatorOrNull, PageQuery page) {
        String where = " where (cast(:operator as uuid) is null or c.operator_id = :operator)";
        long total = jdbc.sql("select count(*) from conduct_report c" + where).param("operator", operatorOrNull)
                .query(Long.class).single();
        List<AccountabilityViews.ConductReport> items = jdbc.sql(CONDUCT + where
                        + " order by c.reported_at desc, c.id limit :limit offset :offset")
                .param("operator", operatorOrNull).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> conduct(rs)).list();
        return PageResult.of(items, page, total);
    }

    boolean decideConduct(UUID id, ConductStatus.Step step, UUID org, String by, Instant now, String outcome,
            BigDecimal refund) {
        return jdbc.sql("""
                update conduct_report set status = :to, decided_by_org = :org, decided_by = :by, decided_at = :now,
                    outcome = :outcome, refund = :refund
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id).param("org", org)
                .param("by", by).param("now", Timestamp.from(now)).param("outcome", outcome).param("refund", refund)
                .update() == 1;
    }

    private static AccountabilityViews.ConductReport conduct(ResultSet rs) throws SQLException {
        return new AccountabilityViews.ConductReport(Rows.uuid(rs, "id"), Rows.uuid(rs, "operator_id"),
                rs.getString("operator_name"), Rows.uuid(rs, "body_id"), rs.getString("body_name"),
                rs.getString("kind"), rs.getString("description"), rs.getBigDecimal("amount"),
                Rows.instant(rs, "reported_at"), rs.getString("reported_by"),
                ConductStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                Rows.instant(rs, "decided_at"), rs.getString("outcome"), rs.getBigDecimal("refund"));
    }

    // ---- Art. 47 ----------------------------------------------------------------------------------------------------

    private static final String INVESTIGATION = """
            select v.*, op.name as operator_name, o.name as opened_by_org_name from liability_investigation v
            join registry_organization op on op.id = v.operator_id
            join registry_organization o on o.id = v.opened_by_org""";

    /** Opens the investigation; false when the incident has one already. */
    boolean insertInvestigation(UUID id, UUID incidentId, UUID operatorId, UUID org, String by, Instant now) {
        return jdbc.sql("""
                insert into liability_investigation (id, incident_id, operator_id, opened_by_org, opened_by, opened_at,
                    status)
                values (:id, :incident, :operator, :org, :by, :now, 'OPEN') on conflict (incident_id) do nothing""")
                .param("id", id).param("incident", incidentId).param("operator", operatorId).param("org", org)
                .param("by", by).param("now", Timestamp.from(now)).update() == 1;
    }

    /** An investigation, for MPS and CAC (all) or the operator whose incident it is. */
    Optional<AccountabilityViews.Investigation> investigation(UUID id, UUID operatorOrNull) {
        return jdbc.sql(INVESTIGATION + " where v.id = :id and (cast(:operator as uuid) is null "
                        + "or v.operator_id = :operator)")
                .param("id", id).param("operator", operatorOrNull).query((rs, n) -> investigation(rs, findings(id)))
                .optional();
    }

    PageResult<AccountabilityViews.Investigation> investigations(UUID operatorOrNull, PageQuery page) {
        String where = " where (cast(:operator as uuid) is null or v.operator_id = :operator)";
        long total = jdbc.sql("select count(*) from liability_investigation v" + where)
                .param("operator", operatorOrNull).query(Long.class).single();
        List<AccountabilityViews.Investigation> items = jdbc.sql(INVESTIGATION + where
                        + " order by v.opened_at desc, v.id limit :limit offset :offset")
                .param("operator", operatorOrNull).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> investigation(rs, List.of())).list();
        return PageResult.of(items, page, total);
    }

    /** Appends a finding under the investigation's row lock, while it is open; its number, or empty when closed. */
    Optional<Integer> addFinding(UUID id, AccountabilityViews.NewFinding f, String partyName) {
        boolean open = jdbc.sql("select status = 'OPEN' from liability_investigation where id = :id for update")
                .param("id", id).query(Boolean.class).single();
        if (!open) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                insert into liability_finding (investigation_id, seq, party_org_id, party_name, party_role,
                    responsible, finding)
                select :id, coalesce(max(seq), 0) + 1, :org, :name, :role, :responsible, :finding
                from liability_finding where investigation_id = :id
                returning seq""")
                .param("id", id).param("org", f.partyOrgId()).param("name", partyName)
                .param("role", f.partyRole().trim().toUpperCase()).param("responsible", f.responsible())
                .param("finding", f.finding().trim()).query(Integer.class).single());
    }

    boolean conclude(UUID id, InvestigationStatus.Step step, boolean liabilityAccident, String conclusion,
            Instant now, String by) {
        return jdbc.sql("""
                update liability_investigation set status = :to, liability_accident = :accident,
                    conclusion = :conclusion, concluded_at = :now, concluded_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("accident", liabilityAccident).param("conclusion", conclusion)
                .param("now", Timestamp.from(now)).param("by", by).update() == 1;
    }

    private List<AccountabilityViews.Finding> findings(UUID id) {
        return jdbc.sql("select * from liability_finding where investigation_id = :id order by seq").param("id", id)
                .query((rs, n) -> new AccountabilityViews.Finding(rs.getInt("seq"), Rows.uuid(rs, "party_org_id"),
                        rs.getString("party_name"), rs.getString("party_role"), rs.getBoolean("responsible"),
                        rs.getString("finding")))
                .list();
    }

    private static AccountabilityViews.Investigation investigation(ResultSet rs,
            List<AccountabilityViews.Finding> findings) throws SQLException {
        return new AccountabilityViews.Investigation(Rows.uuid(rs, "id"), Rows.uuid(rs, "incident_id"),
                Rows.uuid(rs, "operator_id"), rs.getString("operator_name"), rs.getString("opened_by"),
                rs.getString("opened_by_org_name"), Rows.instant(rs, "opened_at"),
                InvestigationStatus.valueOf(rs.getString("status")), (Boolean) rs.getObject("liability_accident"),
                rs.getString("conclusion"), Rows.instant(rs, "concluded_at"), findings);
    }
}
