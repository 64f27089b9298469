package org.ciip.notification;

import java.util.List;
import java.util.UUID;
import org.ciip.identification.ChangeReported;
import org.ciip.identification.DecisionKind;
import org.ciip.identification.IdentificationDecided;
import org.ciip.identification.IdentificationRuleFiled;
import org.ciip.identification.IdentificationRuleSubmitted;
import org.ciip.identification.RecertificationReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of the identification module's events, in Chinese and English (Art. 9-11): MPS is told of a rule filed
 * with it and the department of its record; the operator and MPS of a decision; the departments of a change report
 * and of a re-certification coming due. Composed in the transaction of the change.
 */
@Component
class IdentificationNotices {

    private final Notices notices;

    IdentificationNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(IdentificationRuleSubmitted e) {
        notices.tell(new Notice("rule:" + e.ruleId() + ":submitted", e.mps(), "RULE_SUBMITTED", "9",
                e.departmentName() + " filed identification rule \"" + e.name() + "\" v" + e.version(),
                e.departmentName() + " 报送认定规则《" + e.name() + "》第" + e.version() + "版备案",
                "Record the filing with its record date.", "请登记备案日期。", ruleLink(e.ruleId())));
    }

    @EventListener
    void on(IdentificationRuleFiled e) {
        notices.tell(new Notice("rule:" + e.ruleId() + ":filed", List.of(e.departmentId()), "RULE_FILED", "9",
                "MPS recorded the filing of identification rule \"" + e.name() + "\" v" + e.version() + " on "
                        + e.recordDate(),
                "公安部已于 " + e.recordDate() + " 对认定规则《" + e.name() + "》第" + e.version() + "版予以备案",
                "It can now be activated.", "现在可以启用该规则。", ruleLink(e.ruleId())));
    }

    @EventListener
    void on(IdentificationDecided e) {
        boolean first = e.kind() == DecisionKind.IDENTIFICATION;
        String what = first ? "Identification result" : "Re-certification result";
        String whatZh = first ? "认定结果" : "重新认定结果";
        notices.tell(new Notice("identification:" + e.decisionId(), e.recipients(), first ? "CII_IDENTIFIED"
                : "CII_RECERTIFIED", e.kind().article(),
                what + ": \"" + e.assetName() + "\" of " + e.operatorName() + " is "
                        + (e.cii() ? "critical information infrastructure" : "not critical information infrastructure"),
                whatZh + "：" + e.operatorName() + "的“" + e.assetName() + "”"
                        + (e.cii() ? "被认定为关键信息基础设施" : "不属于关键信息基础设施"),
                "Decided by " + e.decidedBy() + " under rule \"" + e.ruleName() + "\" v" + e.ruleVersion() + ".",
                "由" + e.decidedBy() + "依据认定规则《" + e.ruleName() + "》第" + e.ruleVersion() + "版作出。",
                "/identification/decisions/" + e.decisionId()));
    }

    @EventListener
    void on(ChangeReported e) {
        notices.tell(new Notice("change-report:" + e.changeReportId(), e.departments(), "CHANGE_REPORTED", "11",
                e.operatorName() + " reported a major change of \"" + e.assetName() + "\"; re-certify by "
                        + e.recertificationDueDate(),
                e.operatorName() + "报告“" + e.assetName() + "”发生较大变化，请于 " + e.recertificationDueDate()
                        + " 前完成重新认定",
                e.whatChanged(), e.whatChanged(), reportLink(e.changeReportId())));
    }

    @EventListener
    void on(RecertificationReminderDue e) {
        notices.tell(new Notice("change-report:" + e.changeReportId() + ":reminder-" + e.daysBefore(), e.departments(),
                "RECERTIFICATION_REMINDER", "11",
                "Re-certification of \"" + e.assetName() + "\" (" + e.operatorName() + ") is due on " + e.dueDate()
                        + ": " + e.daysLeft() + " days left",
                "“" + e.assetName() + "”（" + e.operatorName() + "）的重新认定应于 " + e.dueDate() + " 前完成，还剩 "
                        + e.daysLeft() + " 天",
                null, null, reportLink(e.changeReportId())));
    }


    private static String ruleLink(UUID rule) {
        return "/identification/rules/" + rule;
    }

    private static String reportLink(UUID report) {
        return "/identification/change-reports/" + report;
    }
}
