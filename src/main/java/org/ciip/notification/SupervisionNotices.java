package org.ciip.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ciip.shared.LegalTime;
import org.ciip.supervision.Reached;
import org.ciip.supervision.SupportAccepted;
import org.ciip.supervision.SupportClosed;
import org.ciip.supervision.SupportEvent;
import org.ciip.supervision.SupportMessageWritten;
import org.ciip.supervision.SupportRequested;
import org.ciip.supervision.ThreatAcknowledged;
import org.ciip.supervision.ThreatReported;
import org.ciip.supervision.ThreatTurnedIntoWarning;
import org.ciip.supervision.WarningAcknowledgementMissed;
import org.ciip.supervision.WarningIssued;
import org.ciip.supervision.WarningLevel;
import org.ciip.supervision.WarningMatchedLater;
import org.ciip.supervision.WarningResponseMissed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of early warnings (Art. 24), in Chinese and English: each operator a warning reaches, with its matched
 * assets and its clock (by inbox, e-mail and webhook alike); operator and issuer when a clock runs out. Composed in
 * the transaction of the change.
 */
@Component
class SupervisionNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LegalTime.ZONE);

    private final Notices notices;

    SupervisionNotices(Notices notices) {
        this.notices = notices;
    }

    /** Each operator reached, with its own assets: one batch, delivered in one statement however many there are. */
    @EventListener
    void on(WarningIssued e) {
        notices.tellAll(e.reached().stream().map(r -> reached("warning:" + e.warningId() + ":reached:"
                + r.operatorId(), e.warningId().toString(), e.level(), e.titleZh(), e.titleEn(), r)).toList());
    }

    @EventListener
    void on(WarningMatchedLater e) {
        notices.tell(reached("warning:" + e.warningId() + ":matched:" + e.reached().operatorId() + ":"
                + String.join(",", e.reached().matchedAssets()), e.warningId().toString(), e.level(), e.titleZh(),
                e.titleEn(), e.reached()));
    }

    private static Notice reached(String key, String warningId, WarningLevel level, String titleZh, String titleEn,
            Reached r) {
        String en = en(titleZh, titleEn);
        String zh = zh(titleZh, titleEn);
        String due = TIME.format(r.acknowledgeDueAt());
        return new Notice(key, List.of(r.operatorId()), r.matched() ? "WARNING_MATCHED" : "WARNING_FOR_INFORMATION",
                "24", "[" + levelEn(level) + " warning] " + en + " — acknowledge by " + due + " (Beijing time)",
                "【" + levelZh(level) + "预警】" + zh + "——请于北京时间 " + due + " 前确认",
                r.matched() ? "Your assets affected: " + String.join(", ", r.matchedAssets())
                        + ". Acknowledge, then answer for each asset." : "For information: no asset of yours matched.",
                r.matched() ? "受影响的资产：" + String.join("、", r.matchedAssets()) + "。请确认接收，并逐一答复处置情况。"
                        : "供参考：贵单位没有资产匹配。",
                "/warnings/" + warningId);
    }

    @EventListener
    void on(WarningAcknowledgementMissed e) {
        notices.tell(new Notice("warning:" + e.warningId() + ":acknowledgement-missed:" + e.operatorId(),
                List.of(e.operatorId(), e.issuerId()), "WARNING_ACKNOWLEDGEMENT_MISSED", "24",
                "A warning was not acknowledged in time: " + en(e.titleZh(), e.titleEn()),
                "预警未按时确认：" + zh(e.titleZh(), e.titleEn()), null, null, "/warnings/" + e.warningId()));
    }

    @EventListener
    void on(WarningResponseMissed e) {
        notices.tell(new Notice("warning:" + e.warningId() + ":response-missed:" + e.operatorId(),
                List.of(e.operatorId(), e.issuerId()), "WARNING_RESPONSE_MISSED", "24",
                e.assetsWithoutAnswer() + " matched asset(s) without an answer when the time to respond ran out: "
                        + en(e.titleZh(), e.titleEn()),
                "答复期限届满，仍有 " + e.assetsWithoutAnswer() + " 项匹配资产未答复：" + zh(e.titleZh(), e.titleEn()),
                null, null, "/warnings/" + e.warningId()));
    }

    @EventListener
    void on(ThreatReported e) {
        notices.tell(new Notice("threat:" + e.threatId() + ":reported", e.recipients(), "THREAT_REPORTED", "18",
                e.operatorName() + " reported a major network security threat: " + e.title()
                        + (e.late() ? " (after the period to report)" : ""),
                e.operatorName() + "报告重大网络安全威胁：" + e.title() + (e.late() ? "（超过报告时限）" : ""),
                null, null, "/threats/" + e.threatId()));
    }

    @EventListener
    void on(ThreatAcknowledged e) {
        notices.tell(new Notice("threat:" + e.threatId() + ":acknowledged", List.of(e.operatorId()),
                "THREAT_ACKNOWLEDGED", "18", "Your threat report was acknowledged: " + e.title(),
                "贵单位报告的威胁已被确认接收：" + e.title(), null, null, "/threats/" + e.threatId()));
    }

    @EventListener
    void on(ThreatTurnedIntoWarning e) {
        notices.tell(new Notice("threat:" + e.threatId() + ":warned", List.of(e.operatorId()),
                "THREAT_TURNED_INTO_WARNING", "24", "Your threat report became a warning for the sector: " + e.title(),
                "贵单位报告的威胁已转为行业预警：" + e.title(), null, null, "/warnings/" + e.warningId()));
    }

    @EventListener
    void on(SupportEvent e) {
        String[] words = switch (e) {
            case SupportRequested r -> new String[] {r.requesterName() + " asks for technical support: ",
                    r.requesterName() + "请求技术支持："};
            case SupportAccepted a -> new String[] {"Your support request was accepted (" + a.assignee() + "): ",
                    "技术支持请求已受理（" + a.assignee() + "）："};
            case SupportMessageWritten m -> new String[] {"New message on a support request: ", "技术支持请求有新消息："};
            case SupportClosed c -> new String[] {"Your support request was closed: ", "技术支持请求已办结："};
        };
        String step = e instanceof SupportMessageWritten m ? "message:" + m.seq() : e.auditAction();
        notices.tell(new Notice("support:" + e.requestId() + ":" + step, List.of(e.to()), e.auditAction(), "29",
                words[0] + e.title(), words[1] + e.title(), null, null, "/support/" + e.requestId()));
    }

    private static String en(String zh, String en) {
        return en != null ? en : zh;
    }

    private static String zh(String zh, String en) {
        return zh != null ? zh : en;
    }

    private static String levelEn(WarningLevel level) {
        return switch (level) {
            case RED -> "Red";
            case ORANGE -> "Orange";
            case YELLOW -> "Yellow";
            case BLUE -> "Blue";
        };
    }

    private static String levelZh(WarningLevel level) {
        return switch (level) {
            case RED -> "红色";
            case ORANGE -> "橙色";
            case YELLOW -> "黄色";
            case BLUE -> "蓝色";
        };
    }
}
