package org.ciip.notification;

import org.ciip.supervision.DrillEvent;
import org.ciip.supervision.DrillFindingAssigned;
import org.ciip.supervision.DrillFindingCompleted;
import org.ciip.supervision.DrillPlanned;
import org.ciip.supervision.DrillResultsRecorded;
import org.ciip.supervision.EmergencyPlanApproved;
import org.ciip.supervision.SectorPlanEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of sector plans and drills (Art. 22, 25), in Chinese and English: operators are told of a drill they
 * take part in, of their measured times against the 1-hour report clock, and of findings assigned to them; the
 * department of findings completed; operators with tasks of a newly approved plan, and the department of progress.
 */
@Component
class SectorNotices {

    private final Notices notices;

    SectorNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(DrillEvent e) {
        if (e instanceof EmergencyPlanApproved || e.to().isEmpty()) {
            return;
        }
        String[] words = switch (e) {
            case DrillPlanned p -> new String[] {p.departmentName() + " plans a drill on " + p.heldOn()
                    + " with your organization: " + p.title(), p.departmentName() + "将于 " + p.heldOn()
                    + " 组织贵单位参加应急演练：" + p.title()};
            case DrillResultsRecorded r -> r.reportedInTime()
                    ? new String[] {"Drill " + r.number() + ": your times were recorded; the first report came within "
                    + "the hour", "演练 " + r.number() + "：已记录贵单位用时，首次报告在一小时内"}
                    : new String[] {"Drill " + r.number() + ": your times were recorded; the first report was "
                    + "reported late against the 1-hour clock", "演练 " + r.number() + "：已记录贵单位用时，首次报告超过一小时时限"};
            case DrillFindingAssigned f -> new String[] {"Drill " + f.number() + ": a finding for you, due "
                    + f.dueOn(), "演练 " + f.number() + "：请于 " + f.dueOn() + " 前完成改进事项"};
            case DrillFindingCompleted f -> new String[] {"Drill " + f.number() + ": finding " + f.seq()
                    + " completed", "演练 " + f.number() + "：改进事项 " + f.seq() + " 已完成"};
            default -> throw new IllegalStateException("unworded " + e.auditAction());
        };
        String step = switch (e) {
            case DrillResultsRecorded r -> "results:" + r.operatorId();
            case DrillFindingAssigned f -> "finding:" + f.seq();
            case DrillFindingCompleted f -> "finding:" + f.seq() + ":done";
            default -> e.auditAction();
        };
        notices.tell(new Notice("drill:" + e.recordId() + ":" + step, e.to(), e.auditAction(), "25", words[0],
                words[1], null, null, "/drills/" + e.recordId()));
    }

    @EventListener
    void on(SectorPlanEvent e) {
        if (e.to().isEmpty()) {
            return;
        }
        boolean approved = e.kind().equals("APPROVED");
        notices.tell(new Notice("sector-plan:" + e.planId() + ":" + (approved ? "approved" : "progress:" + e.progressId()), e.to(), e.auditAction(), "22",
                approved ? "A sector security plan with tasks for you is in force: " + e.title()
                        : "Progress reported on a task of " + e.title(),
                approved ? "包含贵单位任务的行业安全规划已生效：" + e.title() : e.title() + "的任务有新的进展报告",
                null, null, "/sector-plans/" + e.planId()));
    }
}
