package org.ciip.notification;

import java.util.List;
import java.util.UUID;
import org.ciip.incident.IncidentFinalReportFiled;
import org.ciip.incident.IncidentForwarded;
import org.ciip.incident.IncidentObligationMissed;
import org.ciip.incident.IncidentRegraded;
import org.ciip.incident.IncidentReported;
import org.ciip.incident.IncidentSupplemented;
import org.ciip.incident.grading.Grade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of the incident module's events, in Chinese and English (Art. 18, 40): who received a report, a
 * forwarding, a supplement, a regrade or a final report is told; the obliged organization is told of a missed clock.
 * They are composed in the transaction of the change, so a notice commits with it or not at all.
 */
@Component
class IncidentNotices {

    private final Notices notices;

    IncidentNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(IncidentReported e) {
        notices.tell(new Notice("incident:" + e.incidentId() + ":reported", e.recipients(), "INCIDENT_REPORTED", "18",
                labelEn(e.grade()) + " incident reported by " + e.operatorName() + ": " + e.summary()
                        + (e.gradeBelowComputed() ? " (graded below the computed " + e.computedGrade() + ")" : ""),
                labelZh(e.grade()) + "网络安全事件：" + e.operatorName() + "报告“" + e.summary() + "”"
                        + (e.gradeBelowComputed() ? "（报告等级低于计算等级）" : ""),
                "Discovered " + e.discoveredAt() + ". Open the incident for its clocks.",
                "发现时间 " + e.discoveredAt() + "。请打开事件查看时限。", link(e.incidentId())));
    }

    @EventListener
    void on(IncidentForwarded e) {
        notices.tell(new Notice("incident:" + e.incidentId() + ":forwarded:" + e.forwardedBy(), e.recipients(),
                "INCIDENT_FORWARDED", "18", labelEn(e.grade()) + " incident of " + e.operatorName()
                        + " forwarded by " + e.forwarderName() + ": " + e.summary(),
                labelZh(e.grade()) + "网络安全事件（" + e.operatorName() + "）由" + e.forwarderName() + "报送："
                        + e.summary(), null, null, link(e.incidentId())));
    }

    @EventListener
    void on(IncidentSupplemented e) {
        notices.tell(new Notice("incident:" + e.incidentId() + ":supplement-" + e.seq(), e.recipients(),
                "INCIDENT_SUPPLEMENTED", "18", "Supplement to the incident of " + e.operatorName() + ": "
                        + e.development(), e.operatorName() + "补充报告：" + e.development(), null, null,
                link(e.incidentId())));
    }

    @EventListener
    void on(IncidentRegraded e) {
        notices.tell(new Notice("incident:" + e.incidentId() + ":regraded:" + e.seq(), e.recipients(), "INCIDENT_REGRADED",
                "18", "Incident of " + e.operatorName() + " raised to " + labelEn(e.to()) + " by a supplement: "
                        + e.summary(),
                e.operatorName() + "的网络安全事件经补充报告升为" + labelZh(e.to()) + "：" + e.summary(),
                "Open the incident for its new clocks.", "请打开事件查看新的时限。", link(e.incidentId())));
    }

    @EventListener
    void on(IncidentFinalReportFiled e) {
        notices.tell(new Notice("incident:" + e.incidentId() + ":final", e.recipients(), "INCIDENT_FINAL_REPORT", "18",
                "Final report on the incident of " + e.operatorName() + ": " + e.summary(),
                e.operatorName() + "提交事件总结报告：" + e.summary(), null, null, link(e.incidentId())));
    }

    @EventListener
    void on(IncidentObligationMissed e) {
        notices.tell(new Notice("obligation:" + e.obligationId() + ":late", List.of(e.obligedOrganization()),
                "OBLIGATION_LATE", "40", "Missed deadline: " + e.kind() + " on an incident is late",
                "已超过时限：事件的 " + e.kind() + " 未按时完成", null, null, link(e.incidentId())));
    }


    private static String link(UUID incident) {
        return "/incidents/" + incident;
    }

    static String labelEn(Grade grade) {
        return switch (grade) {
            case PARTICULARLY_MAJOR -> "Particularly major";
            case MAJOR -> "Major";
            case RELATIVELY_MAJOR -> "Relatively major";
            case GENERAL -> "General";
        };
    }

    static String labelZh(Grade grade) {
        return switch (grade) {
            case PARTICULARLY_MAJOR -> "特别重大";
            case MAJOR -> "重大";
            case RELATIVELY_MAJOR -> "较大";
            case GENERAL -> "一般";
        };
    }
}
