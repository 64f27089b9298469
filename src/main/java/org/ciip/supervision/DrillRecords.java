package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over sector emergency plans ({@code sector_emergency_plan}) and drills ({@code sector_drill},
 * its participants and findings). A drill is read by its department and its participants ({@link #SEEN}).
 */
@Repository
class DrillRecords {

    private static final String SEEN = " (d.department_id = :org or exists (select 1 from sector_drill_participant sp"
            + " where sp.drill_id = d.id and sp.operator_id = :org))";

    private final JdbcClient jdbc;

    DrillRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version of an emergency plan. */
    record EmergencyPlan(UUID id, int version, String title, String nationalPlan, String content, PlanVersion status,
            Instant createdAt, String createdBy, Instant approvedAt, String approvedBy) {
    }

    List<EmergencyPlan> emergencyPlans(UUID department) {
        return jdbc.sql("""
                select id, version, title, national_plan, content, status, created_at, created_by, approved_at,
                    approved_by
                from sector_emergency_plan where department_id = :dept order by version desc""")
                .param("dept", department)
                .query((rs, n) -> new EmergencyPlan(UUID.fromString(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), PlanVersion.valueOf(rs.getString(6)),
                        Rows.instant(rs, "created_at"), rs.getString(8), Rows.instant(rs, "approved_at"),
                        rs.getString(10)))
                .list();
    }

    /** Adds a draft version after the department's latest; its number. */
    int draftEmergencyPlan(UUID id, UUID department, String title, String nationalPlan, String content, Instant at,
            String by) {
        return jdbc.sql("""
                insert into sector_emergency_plan (id, department_id, version, supersedes, title, national_plan,
                    content, status, created_at, created_by)
                select :id, :dept, coalesce(max(version), 0) + 1,
                    (select p.id from sector_emergency_plan p where p.department_id = :dept and p.status = 'APPROVED'),
                    :title, :national, :content, 'DRAFT', :at, :by
                from sector_emergency_plan where department_id = :dept
                returning version""")
                .param("id", id).param("dept", department).param("title", title).param("national", nationalPlan)
                .param("content", content).param("at", Timestamp.from(at)).param("by", by)
                .query(Integer.class).single();
    }

    /** Approves a draft of the department and supersedes the version in force; false when it is no longer a draft. */
    boolean approveEmergencyPlan(UUID id, UUID department, PlanVersion.Step step, Instant at, String by) {
        if (jdbc.sql("""
                update sector_emergency_plan set status = :to, approved_at = :at, approved_by = :by
                where id = :id and department_id = :dept and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("at", Timestamp.from(at))
                .param("by", by).param("id", id).param("dept", department).update() != 1) {
            return false;
        }
        jdbc.sql("""
                update sector_emergency_plan set status = 'SUPERSEDED'
                where department_id = :dept and status = 'APPROVED' and id <> :id""")
                .param("dept", department).param("id", id).update();
        return true;
    }

    String nextNumber(int year) {
        return String.format("DRL-%d-%06d", year, jdbc.sql("select nextval('drill_number')").query(Long.class)
                .single());
    }

    record NewDrill(UUID id, String number, UUID department, UUID emergencyPlanId, String title, String scenario,
            String objectives, LocalDate heldOn, DrillView.Targets targets, Instant at, String by) {
    }

    void insert(NewDrill d, List<UUID> operators) {
        jdbc.sql("""
                insert into sector_drill (id, number, department_id, emergency_plan_id, title, scenario, objectives,
                    held_on, target_detect_min, target_report_min, target_contain_min, target_recover_min, status,
                    planned_at, planned_by)
                values (:id, :number, :dept, :plan, :title, :scenario, :objectives, :heldOn, :detect, :report,
                    :contain, :recover, 'PLANNED', :at, :by)""")
                .param("id", d.id()).param("number", d.number()).param("dept", d.department())
                .param("plan", d.emergencyPlanId()).param("title", d.title()).param("scenario", d.scenario())
                .param("objectives", d.objectives()).param("heldOn", d.heldOn())
                .param("detect", d.targets().detect()).param("report", d.targets().report())
                .param("contain", d.targets().contain()).param("recover", d.targets().recover())
                .param("at", Timestamp.from(d.at())).param("by", d.by()).update();
        jdbc.sql("""
                insert into sector_drill_participant (drill_id, operator_id)
                select :id, unnest(cast(:ops as uuid[])) on conflict do nothing""")
                .param("id", d.id()).param("ops", operators.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /** The drill if the organization is its department or a participant; an operator sees only its own rows. */
    Optional<DrillView> find(UUID id, UUID org, LocalDate today) {
        return jdbc.sql("""
                select d.*, o.name as department_name, e.version as plan_version
                from sector_drill d join registry_organization o on o.id = d.department_id
                left join sector_emergency_plan e on e.id = d.emergency_plan_id
                where d.id = :id and""" + SEEN)
                .param("id", id).param("org", org)
                .query((rs, n) -> map(rs, org, today)).optional();
    }

    private DrillView map(ResultSet rs, UUID org, LocalDate today) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        boolean department = rs.getString("department_id").equals(org.toString());
        List<DrillView.Participant> participants = jdbc.sql("""
                select p.operator_id, o.name, p.detected_min, p.reported_min, p.contained_min, p.recovered_min,
                    p.measured_at
                from sector_drill_participant p join registry_organization o on o.id = p.operator_id
                where p.drill_id = :id and (:all or p.operator_id = :org) order by o.name""")
                .param("id", id).param("all", department).param("org", org)
                .query((r, n) -> new DrillView.Participant(UUID.fromString(r.getString(1)), r.getString(2),
                        (Integer) r.getObject(3), (Integer) r.getObject(4), (Integer) r.getObject(5),
                        (Integer) r.getObject(6), Rows.instant(r, "measured_at")))
                .list();
        List<DrillView.Finding> findings = jdbc.sql("""
                select f.seq, f.operator_id, o.name, f.title, f.due_on, f.done_at, f.done_note
                from sector_drill_finding f join registry_organization o on o.id = f.operator_id
                where f.drill_id = :id and (:all or f.operator_id = :org) order by f.seq""")
                .param("id", id).param("all", department).param("org", org)
                .query((r, n) -> {
                    LocalDate due = r.getObject(5, LocalDate.class);
                    Instant done = Rows.instant(r, "done_at");
                    return new DrillView.Finding(r.getInt(1), UUID.fromString(r.getString(2)), r.getString(3),
                            r.getString(4), due, done, r.getString(7), done == null && due.isBefore(today));
                })
                .list();
        return new DrillView(id, rs.getString("number"), UUID.fromString(rs.getString("department_id")),
                rs.getString("department_name"), Rows.uuid(rs, "emergency_plan_id"),
                (Integer) rs.getObject("plan_version"), rs.getString("title"), rs.getString("scenario"),
                rs.getString("objectives"), rs.getObject("held_on", LocalDate.class),
                new DrillView.Targets(rs.getInt("target_detect_min"), rs.getInt("target_report_min"),
                        rs.getInt("target_contain_min"), rs.getInt("target_recover_min")),
                rs.getString("status"), Rows.instant(rs, "held_at"), participants, findings);
    }

    PageResult<DrillSummary> page(UUID org, String q, LocalDate from, LocalDate to, PageQuery page) {
        String where = " where" + SEEN + (from == null ? "" : " and d.held_on >= :from")
                + (to == null ? "" : " and d.held_on <= :to")
                + (q == null ? "" : " and (d.number ilike :q or d.title ilike :q)");
        var count = jdbc.sql("select count(*) from sector_drill d" + where).param("org", org);
        var list = jdbc.sql("""
                select d.id, d.number, d.title, o.name, d.held_on, d.status,
                    (select count(*) from sector_drill_participant p where p.drill_id = d.id)
                from sector_drill d join registry_organization o on o.id = d.department_id""" + where
                        + " order by d.held_on desc, d.number limit :limit offset :offset")
                .param("org", org).param("limit", page.size()).param("offset", page.offset());
        if (from != null) {
            count = count.param("from", from);
            list = list.param("from", from);
        }
        if (to != null) {
            count = count.param("to", to);
            list = list.param("to", to);
        }
        if (q != null) {
            String text = Where.containing(q);
            count = count.param("q", text);
            list = list.param("q", text);
        }
        long total = count.query(Long.class).single();
        return PageResult.of(list.query((rs, n) -> new DrillSummary(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getLong(7))).list(), page, total);
    }

    /** Records a participant's times and marks the drill held; false when the operator is not a participant. */
    boolean recordResults(UUID id, UUID operator, int detected, int reported, int contained, int recovered,
            Instant at) {
        if (jdbc.sql("""
                update sector_drill_participant set detected_min = :d, reported_min = :r, contained_min = :c,
                    recovered_min = :v, measured_at = :at
                where drill_id = :id and operator_id = :op""")
                .param("d", detected).param("r", reported).param("c", contained).param("v", recovered)
                .param("at", Timestamp.from(at)).param("id", id).param("op", operator).update() != 1) {
            return false;
        }
        jdbc.sql("update sector_drill set status = 'HELD', held_at = :at where id = :id and status = 'PLANNED'")
                .param("at", Timestamp.from(at)).param("id", id).update();
        return true;
    }

    int addFinding(UUID id, UUID operator, String title, LocalDate dueOn) {
        jdbc.sql("select 1 from sector_drill where id = :id for update").param("id", id).query(Integer.class).single();
        return jdbc.sql("""
                insert into sector_drill_finding (drill_id, seq, operator_id, title, due_on)
                select :id, coalesce(max(seq), 0) + 1, :op, :title, :due from sector_drill_finding where drill_id = :id
                returning seq""")
                .param("id", id).param("op", operator).param("title", title).param("due", dueOn)
                .query(Integer.class).single();
    }

    /** Completes the operator's open finding; false when it is not open or not the operator's. */
    boolean completeFinding(UUID id, int seq, UUID operator, String note, Instant at) {
        return jdbc.sql("""
                update sector_drill_finding set done_at = :at, done_note = :note
                where drill_id = :id and seq = :seq and operator_id = :op and done_at is null""")
                .param("at", Timestamp.from(at)).param("note", note).param("id", id).param("seq", seq)
                .param("op", operator).update() == 1;
    }
}
