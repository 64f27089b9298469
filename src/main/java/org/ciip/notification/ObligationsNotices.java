package org.ciip.notification;

import java.util.List;
import org.ciip.obligations.AssessmentCreated;
import org.ciip.obligations.AssessmentDecided;
import org.ciip.obligations.AssessmentSubmitted;
import org.ciip.obligations.BackgroundReviewAlerted;
import org.ciip.obligations.CorporateChangeReported;
import org.ciip.obligations.CorporateChangeRequirementsSet;
import org.ciip.obligations.DrillIntervalSet;
import org.ciip.obligations.SupplierAgreementSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of the security program's events, in Chinese and English (Chapter III): an agency named for an
 * assessment, the departments of a submitted assessment or a corporate change, the operator of a decision on its
 * assessment, of requirements, of a drill interval and of a person now barred, the supplier of an agreement. Composed
 * in the transaction of the change.
 */
@Component
class ObligationsNotices {

    private final Notices notices;

    ObligationsNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(AssessmentCreated e) {
        if ("AGENCY".equals(e.performer())) {
            notices.tell(new Notice("assessment:" + e.assessmentId() + ":engaged", List.of(e.agencyId()),
                    "ASSESSMENT_ENGAGED", "17", e.operatorName() + " recorded you as the agency of its " + e.year()
                            + " assessment of \"" + e.assetName() + "\"",
                    e.operatorName() + "登记贵机构承担“" + e.assetName() + "”" + e.year() + " 年度检测评估",
                    null, null, "/assessments/" + e.assessmentId()));
        }
    }

    @EventListener
    void on(AssessmentSubmitted e) {
        notices.tell(new Notice("assessment:" + e.assessmentId() + ":submitted:" + e.at().toEpochMilli(),
                e.departments(), "ASSESSMENT_SUBMITTED", "17",
                e.operatorName() + " submitted the " + e.year() + " assessment of \"" + e.assetName() + "\"",
                e.operatorName() + "提交了“" + e.assetName() + "”" + e.year() + " 年度检测评估",
                null, null, "/assessments/" + e.assessmentId()));
    }

    @EventListener
    void on(AssessmentDecided e) {
        boolean accepted = e.decision().equals("ACCEPTED");
        notices.tell(new Notice("assessment:" + e.assessmentId() + ":" + e.decision() + ":" + e.at().toEpochMilli(),
                List.of(e.operatorId()), "ASSESSMENT_" + e.decision(), "17",
                "Your " + e.year() + " assessment of \"" + e.assetName() + "\" was "
                        + (accepted ? "accepted" : "returned"),
                "“" + e.assetName() + "”" + e.year() + " 年度检测评估已" + (accepted ? "通过" : "被退回"),
                e.reason(), e.reason(), "/assessments/" + e.assessmentId()));
    }

    @EventListener
    void on(BackgroundReviewAlerted e) {
        String wording = e.barredForLife() ? "barred for life" : "barred until " + e.barredUntil();
        String until = e.barredForLife() ? "终身禁止" : "禁止至 " + e.barredUntil();
        notices.tell(new Notice("background-review:" + e.reviewId() + ":barred", List.of(e.operatorId()),
                "PERSON_BARRED", "43",
                e.personName() + " (…" + e.idLast4() + "), " + e.position() + ", is now " + wording
                        + " from key positions",
                e.personName() + "（…" + e.idLast4() + "），" + e.position() + "，现" + until + "从事网络安全关键岗位工作",
                "Reassign the position and start a new background review (Art. 14, 43 para 3).",
                "请调整该岗位人员并重新开展安全背景审查（第十四条、第四十三条第三款）。",
                "/operators/" + e.operatorId() + "/program#people"));
    }

    @EventListener
    void on(CorporateChangeReported e) {
        notices.tell(new Notice("corporate-change:" + e.changeId(), e.departments(), "CORPORATE_CHANGE_REPORTED", "21",
                e.operatorName() + " reported a " + e.kind().toLowerCase() + " with a disposal plan for its CII",
                e.operatorName() + "报告了合并、分立或解散等情况及关键信息基础设施处置方案",
                e.description(), e.description(), "/operators/" + e.operatorId() + "/program#changes"));
    }

    @EventListener
    void on(CorporateChangeRequirementsSet e) {
        notices.tell(new Notice("corporate-change:" + e.changeId() + ":requirements:" + e.at().toEpochMilli(),
                List.of(e.operatorId()), "CORPORATE_CHANGE_REQUIREMENTS", "21",
                "Your protection department set requirements for disposing of the CII, due " + e.dueOn(),
                "保护工作部门已提出关键信息基础设施处置要求，应于 " + e.dueOn() + " 前完成",
                e.requirements(), e.requirements(), "/operators/" + e.operatorId() + "/program#changes"));
    }

    @EventListener
    void on(DrillIntervalSet e) {
        notices.tell(new Notice("drill-interval:" + e.operatorId() + ":" + e.at().toEpochMilli(),
                List.of(e.operatorId()), "DRILL_INTERVAL_SET", "15(3)",
                "Your protection department set your emergency drills to every " + e.months() + " months",
                "保护工作部门要求每 " + e.months() + " 个月开展一次应急演练", e.basis(), e.basis(),
                "/operators/" + e.operatorId() + "/program#activities"));
    }

    @EventListener
    void on(SupplierAgreementSigned e) {
        notices.tell(new Notice("supplier-agreement:" + e.agreementId(), List.of(e.supplierId()),
                "SUPPLIER_AGREEMENT", "20",
                e.operatorName() + " recorded a security and confidentiality agreement with you; acknowledge it",
                e.operatorName() + "记录了与贵单位签订的安全保密协议，请确认", e.item(), e.item(),
                "/agreements/" + e.agreementId()));
    }
}
