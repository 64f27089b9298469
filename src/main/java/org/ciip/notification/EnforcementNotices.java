package org.ciip.notification;

import java.util.List;
import java.util.UUID;
import org.ciip.enforcement.AccountabilityEvent;
import org.ciip.enforcement.CaseEvent;
import org.ciip.enforcement.CaseOpened;
import org.ciip.enforcement.CorrectionOrdered;
import org.ciip.enforcement.CorrectionReported;
import org.ciip.enforcement.CorrectionVerified;
import org.ciip.enforcement.HarmRecorded;
import org.ciip.enforcement.PenaltyDecided;
import org.ciip.enforcement.RefusalFound;
import org.ciip.shared.Citation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of enforcement cases (Art. 39-43), in Chinese and English: the operator hears of each step the
 * authority takes against it (the opening, the order with its deadline, the verification or refusal, a fact of harm,
 * the decision with its remedies' deadlines); the authority hears of the operator's correction. An Art. 43 case
 * against a person or unit outside CIIP tells no one. Composed in the transaction of the change.
 */
@Component
class EnforcementNotices {

    private final Notices notices;

    EnforcementNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(AccountabilityEvent e) {
        switch (e) {
            case AccountabilityEvent.ConductReported r -> notices.tell(new Notice("conduct:" + r.reportId()
                    + ":reported", r.overseers(), r.auditAction(), "45",
                    "An operator reported " + (r.kind().equals("FEE") ? "fees charged" : "designated brands required")
                            + " in an inspection",
                    "运营者报告检查中" + (r.kind().equals("FEE") ? "收取费用" : "要求购买指定品牌"), null, null,
                    "/accountability"));
            case AccountabilityEvent.ConductDecided d -> notices.tell(new Notice("conduct:" + d.reportId()
                    + ":decided", List.of(d.operatorId(), d.bodyId()), d.auditAction(), "45",
                    d.founded() ? "A report of fees or designated brands was found founded: the body is ordered to "
                            + "correct and refund" : "A report of fees or designated brands was found unfounded",
                    d.founded() ? "关于收费或指定品牌的报告经查属实，责令改正并退还费用" : "关于收费或指定品牌的报告经查不属实",
                    null, null, "/conduct-reports"));
            case AccountabilityEvent.InvestigationOpened o -> notices.tell(new Notice("investigation:"
                    + o.investigationId() + ":opened", List.of(o.operatorId()), o.auditAction(), "47",
                    "A liability-accident investigation of your incident was opened", "已对贵单位的事件启动责任事故调查",
                    null, null, "/accountability/investigations/" + o.investigationId()));
            case AccountabilityEvent.InvestigationConcluded c -> notices.tell(new Notice("investigation:"
                    + c.investigationId() + ":concluded", List.of(c.operatorId()), c.auditAction(), "47",
                    c.liabilityAccident() ? "The investigation found a liability accident"
                            : "The investigation found no liability accident",
                    c.liabilityAccident() ? "调查认定为责任事故" : "调查认定不属于责任事故", null, null,
                    "/accountability/investigations/" + c.investigationId()));
            case AccountabilityEvent.LiabilityFound f -> {
                // recorded on the investigation; the operator hears of the conclusion
            }
        }
    }

    @EventListener
    void on(CaseEvent e) {
        UUID to = e instanceof CorrectionReported ? e.authorityId() : e.operatorId();
        if (to == null) {
            return;
        }
        String en = Citation.of(e.article(), false);
        String zh = Citation.of(e.article(), true);
        String[] words = switch (e) {
            case CaseOpened o -> new String[] {"An enforcement case was opened against you under " + en,
                    "主管部门依据" + zh + "对贵单位立案"};
            case CorrectionOrdered o -> new String[] {"You are ordered to correct by " + o.correctBy()
                    + (o.warned() ? " and warned" : "") + " under " + en,
                    "依据" + zh + "责令贵单位于" + o.correctBy() + "前改正" + (o.warned() ? "，并给予警告" : "")};
            case CorrectionReported r -> new String[] {"The operator reported its correction",
                    "运营者已报告改正情况"};
            case CorrectionVerified v -> new String[] {"Your correction was verified; the case is closed",
                    "贵单位的改正已核查确认，案件办结"};
            case RefusalFound r -> new String[] {"A refusal to correct was found in your case",
                    "贵单位的案件被认定拒不改正"};
            case HarmRecorded h -> new String[] {"A fact of harm to network security was recorded in your case",
                    "贵单位的案件记录了危害网络安全的后果"};
            case PenaltyDecided d -> new String[] {"A penalty was decided (" + (d.unitFine() == null ? "no fine"
                    : "fine CNY " + d.unitFine().toPlainString()) + "); reconsideration until "
                    + d.reconsiderationUntil() + ", lawsuit until " + d.lawsuitUntil(),
                    "已作出处罚决定（" + (d.unitFine() == null ? "不罚款" : "罚款" + d.unitFine().toPlainString() + "元")
                            + "）；申请行政复议截止" + d.reconsiderationUntil() + "，提起行政诉讼截止" + d.lawsuitUntil()};
        };
        String step = e instanceof HarmRecorded h ? "harm:" + h.seq() : e.auditAction();
        notices.tell(new Notice("case:" + e.caseId() + ":" + step, List.of(to), e.auditAction(),
                e.article().replaceAll("\\(.*", ""), e.number() + ": " + words[0], e.number() + "：" + words[1], null,
                null, "/cases/" + e.caseId()));
    }
}
