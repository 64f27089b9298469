package org.ciip.supervision;

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
 * Every SQL statement over sector security plans ({@code sector_security_plan}, {@code sector_plan_task}, {@code
 * sector_plan_progress}). Which operators a task is assigned to is decided in {@link #ASSIGNED}.
 */
@Repository
class PlanRecords {

    /**
     * The operators of task {@code t} of department {@code dep}: the one named; or every operator of the department's
     * sectors (and province, where it has one); or those of them in the task's province.
     */
    static final String ASSIGNED = """
             ((t.assignee = 'OPERATOR' and o.id = t.operator_id)
              or (t.assignee <> 'OPERATOR' and o.kind = 'OPERATOR' and o.sectors && dep.sectors
                  and (dep.jurisdiction_province is null or left(o.region_code, 2) = dep.jurisdiction_province)
                  and (t.assignee = 'SECTOR' or left(o.region_code, 2) = t.province))) """;

    /** Whether operator {@code o}'s latest report on task {@code t} says it is done. */
    private static final String LATEST_DONE = "coalesce((select g.done from sector_plan_progress g"
            + " where g.task_id = t.id and g.operator_id = o.id order by g.reported_at desc limit 1), false)";

    private final JdbcClient jdbc;

    PlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's own columns. */
    record Plan(UUID id, UUID lineage, int version, UUID supersedes, UUID departmentId, String departmentName,
            String title, LocalDate periodFrom, LocalDate periodTo, String objectives, String requirements,
            PlanVersion status, Instant createdAt, String createdBy, Instant approvedAt, String approvedBy) {
    }

    void insert(UUID id, UUID lineage, int version, UUID supersedes, UUID department, SectorPlanRequest r, Instant at,
            String by) {
        jdbc.sql("""
                insert into sector_security_plan (id, department_id, lineage, version, supersedes, title, period_from,
                    period_to, objectives, requirements, status, created_at, created_by)
                values (:id, :dept, :lineage, :version, :supersedes, :title, :from, :to, :objectives, :requirements,
                    'DRAFT', :at, :by)""")
                .param("id", id).param("dept", department).param("lineage", lineage).param("version", version)
                .param("supersedes", supersedes).param("title", r.title().trim()).param("from", r.periodFrom())
                .param("to", r.periodTo()).param("objectives", r.objectives().trim())
                .param("requirements", r.requirements().trim()).param("at", Timestamp.from(at)).param("by", by)
                .update();
        insertTasks(id, r.tasks());
    }

    private void insertTasks(UUID plan, List<SectorPlanRequest.Task> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            SectorPlanRequest.Task t = tasks.get(i);
            jdbc.sql("""
                    insert into sector_plan_task (id, plan_id, seq, title, measures, due_on, assignee, operator_id,
                        province)
                    values (:id, :plan, :seq, :title, :measures, :due, :assignee, :operator, :province)""")
                    .param("id", UUID.randomUUID()).param("plan", plan).param("seq", i + 1)
                    .param("title", t.title().trim()).param("measures", t.measures().trim()).param("due", t.dueOn())
                    .param("assignee", t.assignee()).param("operator", t.operatorId()).param("province", t.province())
                    .update();
        }
    }

    /** Rewrites a draft's fields and tasks; false when it is no longer a draft. */
    boolean updateDraft(UUID id, SectorPlanRequest r) {
        if (jdbc.sql("""
                update sector_security_plan set title = :title, period_from = :from, period_to = :to,
                    objectives = :objectives, requirements = :requirements
                where id = :id and status = 'DRAFT'""")
                .param("title", r.title().trim()).param("from", r.periodFrom()).param("to", r.periodTo())
                .param("objectives", r.objectives().trim()).param("requirements", r.requirements().trim())
                .param("id", id).update() != 1) {
            return false;
        }
        jdbc.sql("delete from sector_plan_task where plan_id = :id").param("id", id).update();
        insertTasks(id, r.tasks());
        return true;
    }

    Optional<Plan> find(UUID id) {
        return jdbc.sql("""
                select p.*, o.name as department_name from sector_security_plan p
                join registry_organization o on o.id = p.department_id where p.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Plan(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("lineage")), rs.getInt("version"), Rows.uuid(rs, "supersedes"),
                        UUID.fromString(rs.getString("department_id")), rs.getString("department_name"),
                        rs.getString("title"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getString("objectives"),
                        rs.getString("requirements"), PlanVersion.valueOf(rs.getString("status")),
                        Rows.instant(rs, "created_at"), rs.getString("created_by"), Rows.instant(rs, "approved_at"),
                        rs.getString("approved_by")))
                .optional();
    }

    /** Whether an approved plan assigns one of its tasks to the operator. */
    boolean assignsTo(UUID plan, UUID operator) {
        return jdbc.sql("select exists (select 1 from sector_plan_task t"
                        + " join sector_security_plan p on p.id = t.plan_id"
                        + " join registry_organization dep on dep.id = p.department_id"
                        + " join registry_organization o on o.id = :op"
                        + " where t.plan_id = :plan and p.status = 'APPROVED' and" + ASSIGNED + ")")
                .param("plan", plan).param("op", operator).query(Boolean.class).single();
    }

    /** The plan's tasks with completion; for an operator ({@code operator} not null) only its tasks and reports. */
    List<SectorPlanView.Task> tasks(UUID plan, UUID operator, LocalDate today) {
        return jdbc.sql("select t.id, t.seq, t.title, t.measures, t.due_on, t.assignee, t.operator_id, n.name,"
                        + " t.province,"
                        + " (select count(*) from registry_organization o where" + ASSIGNED + ") as assigned,"
                        + " (select count(*) from registry_organization o where" + ASSIGNED + " and " + LATEST_DONE
                        + ") as done"
                        + " from sector_plan_task t join sector_security_plan p on p.id = t.plan_id"
                        + " join registry_organization dep on dep.id = p.department_id"
                        + " left join registry_organization n on n.id = t.operator_id"
                        + " where t.plan_id = :plan and (cast(:op as uuid) is null or exists ("
                        + " select 1 from registry_organization o where o.id = :op and" + ASSIGNED + "))"
                        + " order by t.seq")
                .param("plan", plan).param("op", operator)
                .query((rs, n) -> {
                    UUID id = UUID.fromString(rs.getString("id"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    long assigned = rs.getLong("assigned");
                    long done = rs.getLong("done");
                    return new SectorPlanView.Task(id, rs.getInt("seq"), rs.getString("title"),
                            rs.getString("measures"), due, rs.getString("assignee"), Rows.uuid(rs, "operator_id"),
                            rs.getString("name"), rs.getString("province"), assigned, done,
                            done < assigned && due.isBefore(today), progress(id, operator));
                })
                .list();
    }

    private List<SectorPlanView.Progress> progress(UUID task, UUID operator) {
        return jdbc.sql("""
                select distinct on (g.operator_id) g.operator_id, o.name, g.done, g.note, g.evidence, g.reported_at,
                    g.reported_by
                from sector_plan_progress g join registry_organization o on o.id = g.operator_id
                where g.task_id = :task and (cast(:op as uuid) is null or g.operator_id = :op)
                order by g.operator_id, g.reported_at desc""")
                .param("task", task).param("op", operator)
                .query((rs, n) -> new SectorPlanView.Progress(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getBoolean(3), rs.getString(4), rs.getString(5), Rows.instant(rs, "reported_at"),
                        rs.getString(7)))
                .list();
    }

    /** Completion by operator: each operator with tasks of the plan, and how many it reported done. */
    List<SectorPlanView.OperatorProgress> byOperator(UUID plan) {
        return jdbc.sql("select o.id, o.name, count(*) as tasks, count(*) filter (where " + LATEST_DONE + ") as done"
                        + " from sector_plan_task t join sector_security_plan p on p.id = t.plan_id"
                        + " join registry_organization dep on dep.id = p.department_id"
                        + " join registry_organization o on" + ASSIGNED
                        + " where t.plan_id = :plan group by o.id, o.name"
                        + " order by count(*) filter (where " + LATEST_DONE + ") * 1.0 / count(*), o.name limit 500")
                .param("plan", plan)
                .query((rs, n) -> new SectorPlanView.OperatorProgress(UUID.fromString(rs.getString(1)),
                        rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<SectorPlanView.Version> versions(UUID lineage) {
        return jdbc.sql("""
                select id, version, status, approved_at from sector_security_plan where lineage = :lineage
                order by version desc""")
                .param("lineage", lineage)
                .query((rs, n) -> new SectorPlanView.Version(UUID.fromString(rs.getString(1)), rs.getInt(2),
                        PlanVersion.valueOf(rs.getString(3)), Rows.instant(rs, "approved_at")))
                .list();
    }

    /** The latest version's number of a plan. */
    int latestVersion(UUID lineage) {
        return jdbc.sql("select max(version) from sector_security_plan where lineage = :lineage")
                .param("lineage", lineage).query(Integer.class).single();
    }

    /** Approves a draft and supersedes the approved version of the same plan; false when it is no longer a draft. */
    boolean approve(UUID id, UUID lineage, PlanVersion.Step step, Instant at, String by) {
        if (jdbc.sql("""
                update sector_security_plan set status = :to, approved_at = :at, approved_by = :by
                where id = :id and status = :from""")
                .param("to", step.to().name()).param("from", step.from().name()).param("at", Timestamp.from(at))
                .param("by", by).param("id", id).update() != 1) {
            return false;
        }
        jdbc.sql("""
                update sector_security_plan set status = 'SUPERSEDED'
                where lineage = :lineage and status = 'APPROVED' and id <> :id""")
                .param("lineage", lineage).param("id", id).update();
        return true;
    }

    /**
     * The plans a department wrote (each one's latest version), or those an operator has tasks in (approved), by
     * period, newest first; optionally by title.
     */
    PageResult<SectorPlanSummary> page(UUID org, boolean department, String q,
            PageQuery page) {
        String where = (department
                ? " where p.department_id = :org and p.version = (select max(x.version) from sector_security_plan x"
                + " where x.lineage = p.lineage)"
                : " where p.status = 'APPROVED' and exists (select 1 from sector_plan_task t"
                + " join registry_organization dep on dep.id = p.department_id"
                + " join registry_organization o on o.id = :org where t.plan_id = p.id and" + ASSIGNED + ")")
                + (q == null ? "" : " and p.title ilike :q");
        String text = q == null ? null : Where.containing(q);
        var count = jdbc.sql("select count(*) from sector_security_plan p" + where).param("org", org);
        var list = jdbc.sql("select p.id, p.title, d.name, p.period_from, p.period_to, p.version, p.status,"
                        + " (select count(*) from sector_plan_task t where t.plan_id = p.id)"
                        + " from sector_security_plan p join registry_organization d on d.id = p.department_id" + where
                        + " order by p.period_from desc, p.title limit :limit offset :offset")
                .param("org", org).param("limit", page.size()).param("offset", page.offset());
        if (text != null) {
            count = count.param("q", text);
            list = list.param("q", text);
        }
        long total = count.query(Long.class).single();
        return PageResult.of(list.query((rs, n) -> new SectorPlanSummary(
                UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
                PlanVersion.valueOf(rs.getString(7)), rs.getLong(8))).list(), page, total);
    }

    /** The task of a plan with its plan's id, if any. */
    Optional<UUID> planOfTask(UUID task) {
        return jdbc.sql("select plan_id from sector_plan_task where id = :id").param("id", task).query(UUID.class)
                .optional();
    }

    /** Whether the task is assigned to the operator. */
    boolean taskAssignedTo(UUID task, UUID operator) {
        return jdbc.sql("select exists (select 1 from sector_plan_task t"
                        + " join sector_security_plan p on p.id = t.plan_id"
                        + " join registry_organization dep on dep.id = p.department_id"
                        + " join registry_organization o on o.id = :op"
                        + " where t.id = :task and" + ASSIGNED + ")")
                .param("task", task).param("op", operator).query(Boolean.class).single();
    }

    void report(UUID id, UUID task, UUID operator, boolean done, String note, String evidence, Instant at, String by) {
        jdbc.sql("""
                insert into sector_plan_progress (id, task_id, operator_id, done, note, evidence, reported_at,
                    reported_by)
                values (:id, :task, :op, :done, :note, :evidence, :at, :by)""")
                .param("id", id).param("task", task).param("op", operator).param("done", done)
                .param("note", note).param("evidence", evidence).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }
}
