package org.ciip.enforcement;

import java.math.BigDecimal;
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
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over enforcement cases ({@code enforcement_case}, {@code enforcement_case_person},
 * {@code enforcement_case_harm}). Reads go through {@link #scope}: a case is seen by the authority that opened it, the
 * operator it is against, and MPS and CAC, which oversee departments (Art. 44); anyone else finds nothing.
 */
@Repository
class Cases {

    private static final String SELECT = """
            select c.*, a.name as authority_name, b.cite_en, b.cite_zh from enforcement_case c
            join registry_organization a on a.id = c.authority_id
            left join lateral (select law_en || ', ' || provision_en as cite_en, law_zh || provision_zh as cite_zh
                from penalty_basis p where p.code = c.basis_code and p.version = c.basis_version limit 1) b on true""";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SqlPredicate scope(Jurisdiction j) {
        if (j.isSystem() || j.kind() == OrganizationKind.MPS || j.kind() == OrganizationKind.CAC) {
            return SqlPredicate.ALL;
        }
        return new SqlPredicate("(c.authority_id = :caseOrg or c.operator_id = :caseOrg)",
                Map.of("caseOrg", j.organizationId()));
    }

    String nextNumber(int year) {
        long n = jdbc.sql("select nextval('enforcement_case_number')").query(Long.class).single();
        return "ENF-" + year + "-" + String.format("%06d", n);
    }

    record NewRow(UUID id, String number, UUID authorityId, UUID operatorId, String respondentName,
            String respondentKind, String article, String sourceKind, String sourceRef, String facts,
            LocalDate actDate, Instant at, String by) {
    }

    record PersonRow(String name, String position, String idHash, String idLast4) {
    }

    void insert(NewRow r, List<PersonRow> persons) {
        jdbc.sql("""
                insert into enforcement_case (id, number, authority_id, operator_id, respondent_name, respondent_kind,
                    article, source_kind, source_ref, facts, act_date, status, opened_at, opened_by)
                values (:id, :number, :authority, :operator, :respondent, :respondentKind, :article, :sourceKind,
                    :sourceRef, :facts, :actDate, 'OPEN', :at, :by)""")
                .param("id", r.id()).param("number", r.number()).param("authority", r.authorityId())
                .param("operator", r.operatorId()).param("respondent", r.respondentName())
                .param("respondentKind", r.respondentKind()).param("article", r.article())
                .param("sourceKind", r.sourceKind()).param("sourceRef", r.sourceRef()).param("facts", r.facts())
                .param("actDate", r.actDate()).param("at", Timestamp.from(r.at())).param("by", r.by()).update();
        int seq = 0;
        for (PersonRow p : persons) {
            jdbc.sql("""
                    insert into enforcement_case_person (case_id, seq, name, position, id_hash, id_last4)
                    values (:id, :seq, :name, :position, :hash, :last4)""")
                    .param("id", r.id()).param("seq", ++seq).param("name", p.name()).param("position", p.position())
                    .param("hash", p.idHash()).param("last4", p.idLast4()).update();
        }
    }

    Optional<CaseView> find(UUID id, Jurisdiction j, LocalDate today) {
        SqlPredicate scope = scope(j);
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql()).params(scope.params()).param("id", id)
                .query((rs, n) -> map(rs, persons(id), harms(id), today)).optional();
    }

    /** The identity-number hashes of a case's persons, by seq, for the sanctions register. */
    Map<Integer, String> personHashes(UUID id) {
        Map<Integer, String> hashes = new HashMap<>();
        jdbc.sql("select seq, id_hash from enforcement_case_person where case_id = :id and id_hash is not null")
                .param("id", id).query(rs -> {
                    hashes.put(rs.getInt(1), rs.getString(2));
                });
        return hashes;
    }

    record Filter(String status, String article, UUID operatorId, String q) {
    }

    PageResult<CaseView> page(Jurisdiction j, Filter f, LocalDate today, PageQuery page) {
        Where where = Where.within(scope(j)).equal("c.status", "status", f.status())
                .equal("c.article", "article", f.article()).equal("c.operator_id", "operator", f.operatorId());
        if (f.q() != null && !f.q().isBlank()) {
            where.when("%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                    "(c.number ilike :q or c.respondent_name ilike :q or c.facts ilike :q)", "q");
        }
        long total = jdbc.sql("select count(*) from enforcement_case c where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<CaseView> items = jdbc.sql(SELECT + " where " + where.sql() + " order by " + page.orderBy()
                        + ", c.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs, List.of(), List.of(), today)).list();
        return PageResult.of(items, page, total);
    }

    /** The newest case for each article against the operator, for the compliance page. */
    Map<String, CaseView> latestByArticle(Jurisdiction j, UUID operatorId, LocalDate today) {
        Map<String, CaseView> latest = new HashMap<>();
        SqlPredicate scope = scope(j);
        jdbc.sql(SELECT + " where c.operator_id = :operator and " + scope.sql() + " order by c.opened_at")
                .params(scope.params()).param("operator", operatorId)
                .query((rs, n) -> map(rs, List.of(), List.of(), today)).list()
                .forEach(c -> latest.put(c.article(), c));
        return latest;
    }

    /** The open cases an authority has against an operator, oldest first. */
    List<CaseView> openAgainst(UUID authorityId, UUID operatorId, LocalDate today) {
        return jdbc.sql(SELECT + " where c.authority_id = :authority and c.operator_id = :operator "
                        + "and c.status not in ('CORRECTED', 'DECIDED') order by c.opened_at")
                .param("authority", authorityId).param("operator", operatorId)
                .query((rs, n) -> map(rs, List.of(), List.of(), today)).list();
    }

    boolean order(UUID id, CaseStatus.Step step, String requirements, LocalDate correctBy, boolean warned,
            Instant at, String by) {
        return jdbc.sql("""
                update enforcement_case set status = :to, order_requirements = :requirements, correct_by = :correctBy,
                    warned = :warned, order_issued_at = :at, order_issued_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("requirements", requirements).param("correctBy", correctBy).param("warned", warned)
                .param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    boolean answer(UUID id, CaseStatus.Step step, String correction, String evidence, Instant at, String by) {
        return jdbc.sql("""
                update enforcement_case set status = :to, correction = :correction, correction_evidence = :evidence,
                    answered_at = :at, answered_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("correction", correction).param("evidence", evidence).param("at", Timestamp.from(at))
                .param("by", by).update() == 1;
    }

    boolean verify(UUID id, CaseStatus.Step step, String note, Instant at, String by) {
        return jdbc.sql("""
                update enforcement_case set status = :to, verification_note = :note, verified_at = :at, verified_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("note", note).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    boolean refuse(UUID id, CaseStatus.Step step, String note, Instant at) {
        return jdbc.sql("""
                update enforcement_case set status = :to, refusal_note = :note, refusal_found_at = :at
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("note", note).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Appends a fact of harm under the case's row lock; its number. */
    int addHarm(UUID id, LegalBases.Ground severity, String description, Instant at, String by) {
        jdbc.sql("select 1 from enforcement_case where id = :id for update").param("id", id).query(Integer.class)
                .single();
        return jdbc.sql("""
                insert into enforcement_case_harm (case_id, seq, severity, description, recorded_at, recorded_by)
                select :id, coalesce(max(seq), 0) + 1, :severity, :description, :at, :by
                from enforcement_case_harm where case_id = :id
                returning seq""")
                .param("id", id).param("severity", severity.name()).param("description", description)
                .param("at", Timestamp.from(at)).param("by", by).query(Integer.class).single();
    }

    record DecisionRow(LegalBases.Basis basis, LegalBases.Ground ground, BigDecimal unitFine,
            BigDecimal purchaseAmount, BigDecimal confiscation, String reasons, LocalDate decidedOn,
            LocalDate reconsiderationUntil, LocalDate lawsuitUntil, Instant at, String by) {
    }

    boolean decide(UUID id, CaseStatus.Step step, DecisionRow d, Map<Integer, BigDecimal> fines,
            Map<Integer, Integer> detention) {
        boolean moved = jdbc.sql("""
                update enforcement_case set status = :to, decided_at = :at, decided_by = :by, decided_on = :on,
                    basis_code = :basis, basis_version = :version, ground = :ground, unit_fine = :unitFine,
                    purchase_amount = :purchase, confiscation = :confiscation, decision_reasons = :reasons,
                    reconsideration_until = :reconsideration, lawsuit_until = :lawsuit
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("id", id)
                .param("at", Timestamp.from(d.at())).param("by", d.by()).param("on", d.decidedOn())
                .param("basis", d.basis().code()).param("version", d.basis().version())
                .param("ground", d.ground().name()).param("unitFine", d.unitFine())
                .param("purchase", d.purchaseAmount()).param("confiscation", d.confiscation())
                .param("reasons", d.reasons()).param("reconsideration", d.reconsiderationUntil())
                .param("lawsuit", d.lawsuitUntil()).update() == 1;
        if (moved) {
            for (Map.Entry<Integer, BigDecimal> fine : fines.entrySet()) {
                jdbc.sql("update enforcement_case_person set fine = :fine where case_id = :id and seq = :seq")
                        .param("fine", fine.getValue()).param("id", id).param("seq", fine.getKey()).update();
            }
            for (Map.Entry<Integer, Integer> days : detention.entrySet()) {
                jdbc.sql("update enforcement_case_person set detention_days = :days where case_id = :id and seq = :seq")
                        .param("days", days.getValue()).param("id", id).param("seq", days.getKey()).update();
            }
        }
        return moved;
    }

    private List<CaseView.Person> persons(UUID id) {
        return jdbc.sql("select * from enforcement_case_person where case_id = :id order by seq").param("id", id)
                .query((rs, n) -> new CaseView.Person(rs.getInt("seq"), rs.getString("name"),
                        rs.getString("position"), rs.getString("id_last4"), rs.getBigDecimal("fine"),
                        (Integer) rs.getObject("detention_days")))
                .list();
    }

    private List<CaseView.Harm> harms(UUID id) {
        return jdbc.sql("select * from enforcement_case_harm where case_id = :id order by seq").param("id", id)
                .query((rs, n) -> new CaseView.Harm(rs.getInt("seq"),
                        LegalBases.Ground.valueOf(rs.getString("severity")), rs.getString("description"),
                        Rows.instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    private static CaseView map(ResultSet rs, List<CaseView.Person> persons, List<CaseView.Harm> harms, LocalDate today)
            throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        String number = rs.getString("number");
        LocalDate correctBy = rs.getObject("correct_by", LocalDate.class);
        CaseView.Order order = rs.getTimestamp("order_issued_at") == null ? null
                : new CaseView.Order(number + "-O", Rows.instant(rs, "order_issued_at"),
                        rs.getString("order_issued_by"), rs.getString("order_requirements"), correctBy,
                        rs.getBoolean("warned"));
        CaseView.Answer answer = rs.getTimestamp("answered_at") == null ? null
                : new CaseView.Answer(Rows.instant(rs, "answered_at"), rs.getString("answered_by"),
                        rs.getString("correction"), rs.getString("correction_evidence"));
        CaseView.Verification verification = rs.getTimestamp("verified_at") == null ? null
                : new CaseView.Verification(Rows.instant(rs, "verified_at"), rs.getString("verified_by"),
                        rs.getString("verification_note"));
        CaseView.Decision decision = null;
        if (rs.getTimestamp("decided_at") != null) {
            decision = new CaseView.Decision(number + "-D", Rows.instant(rs, "decided_at"), rs.getString("decided_by"),
                    rs.getObject("decided_on", LocalDate.class), rs.getString("basis_code"),
                    rs.getInt("basis_version"), rs.getString("cite_en"), rs.getString("cite_zh"),
                    LegalBases.Ground.valueOf(rs.getString("ground")), rs.getBigDecimal("unit_fine"),
                    rs.getBigDecimal("purchase_amount"), rs.getBigDecimal("confiscation"),
                    rs.getString("decision_reasons"), rs.getObject("reconsideration_until", LocalDate.class),
                    rs.getObject("lawsuit_until", LocalDate.class));
        }
        boolean overdue = status == CaseStatus.ORDERED && correctBy != null && today.isAfter(correctBy);
        List<String> documents = new ArrayList<>();
        if (order != null) {
            documents.add("ORDER");
        }
        if (decision != null) {
            documents.add("DECISION");
        }
        return new CaseView(UUID.fromString(rs.getString("id")), number, UUID.fromString(rs.getString("authority_id")),
                rs.getString("authority_name"), Rows.uuid(rs, "operator_id"), rs.getString("respondent_name"),
                rs.getString("respondent_kind"), rs.getString("article"), rs.getString("source_kind"),
                rs.getString("source_ref"), rs.getString("facts"), rs.getObject("act_date", LocalDate.class), status,
                Rows.instant(rs, "opened_at"), rs.getString("opened_by"), order, answer, verification,
                Rows.instant(rs, "refusal_found_at"), rs.getString("refusal_note"), decision, persons, harms, overdue,
                documents);
    }
}
