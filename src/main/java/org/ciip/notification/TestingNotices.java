package org.ciip.notification;

import java.util.List;
import org.ciip.supervision.ObservedTestingEvent;
import org.ciip.supervision.TestingAuthorized;
import org.ciip.supervision.TestingClosed;
import org.ciip.supervision.TestingEvent;
import org.ciip.supervision.TestingFindingRecorded;
import org.ciip.supervision.TestingObjected;
import org.ciip.supervision.TestingReinstated;
import org.ciip.supervision.TestingReportedInAdvance;
import org.ciip.supervision.TestingRequested;
import org.ciip.supervision.TestingRevoked;
import org.ciip.supervision.TestingSessionStarted;
import org.ciip.supervision.TestingSessionStopped;
import org.ciip.supervision.TestingStepDecided;
import org.ciip.supervision.TestingSuspended;
import org.ciip.supervision.UnauthorizedTestingReported;
import org.ciip.supervision.UnauthorizedTestingSanctioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of testing authorizations and of unauthorized testing (Art. 31, 43), in Chinese and English: every
 * step tells the authorization's other parties; a report of unauthorized testing tells the departments and public
 * security it was sent to.
 */
@Component
class TestingNotices {

    private final Notices notices;

    TestingNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(TestingEvent e) {
        String[] words = switch (e) {
            case TestingRequested r -> new String[] {r.requesterName() + " asks to test CII of " + r.operatorName()
                    + ": ", r.requesterName() + "申请对" + r.operatorName() + "的关键信息基础设施实施检测测试："};
            case TestingStepDecided d -> "REFUSED".equals(d.decision())
                    ? new String[] {d.deciderName() + " refused the testing: ", d.deciderName() + "拒绝了检测测试申请："}
                    : new String[] {d.deciderName() + " approved the testing: ", d.deciderName() + "同意了检测测试申请："};
            case TestingAuthorized a -> new String[] {"Testing authorized (" + a.number() + "): ",
                    "检测测试已获授权（" + a.number() + "）："};
            case TestingReportedInAdvance r -> r.onTimeForFirstWindow()
                    ? new String[] {"Testing on the basic telecom network reported in advance: ", "基础电信网络检测测试事先报告："}
                    : new String[] {"Testing on the basic telecom network reported late: ", "基础电信网络检测测试报告过晚："};
            case TestingObjected o -> new String[] {"The telecom authority objected to testing: ", "电信主管部门对检测测试提出异议："};
            case TestingSuspended s -> new String[] {"Testing authorization suspended: ", "检测测试授权已暂停："};
            case TestingReinstated r -> new String[] {"Testing authorization reinstated: ", "检测测试授权已恢复："};
            case TestingRevoked r -> new String[] {"Testing authorization revoked: ", "检测测试授权已撤销："};
            case TestingSessionStarted s -> new String[] {s.testerName() + " started testing from " + s.sourceAddress()
                    + ": ", s.testerName() + "从 " + s.sourceAddress() + " 开始测试："};
            case TestingSessionStopped s -> new String[] {"A testing session stopped: ", "测试会话已结束："};
            case TestingFindingRecorded f -> new String[] {"The testers recorded a finding: ", "测试人员记录了问题："};
            case TestingClosed c -> new String[] {"Testing closed with " + c.findings() + " findings handed over: ",
                    "检测测试已结束，移交问题 " + c.findings() + " 个："};
        };
        String step = switch (e) {
            case TestingStepDecided d -> "step:" + d.party();
            case TestingSessionStarted s -> "session:" + s.sessionId() + ":started";
            case TestingSessionStopped s -> "session:" + s.sessionId() + ":stopped";
            case TestingFindingRecorded f -> "finding:" + f.seq();
            case TestingSuspended s -> "suspended:" + s.at().toEpochMilli();
            case TestingReinstated r -> "reinstated:" + r.at().toEpochMilli();
            default -> e.auditAction();
        };
        notices.tell(new Notice("testing:" + e.authorizationId() + ":" + step, e.to(), e.auditAction(), "31",
                words[0] + e.title(), words[1] + e.title(), null, null, "/testing/" + e.authorizationId()));
    }

    @EventListener
    void on(ObservedTestingEvent e) {
        String[] words = switch (e) {
            case UnauthorizedTestingReported r -> new String[] {e.operatorName() + " reports unauthorized testing of "
                    + "its CII", e.operatorName() + "报告其关键信息基础设施遭未授权检测"};
            case UnauthorizedTestingSanctioned s -> new String[] {"The tester of a reported unauthorized test was "
                    + "entered in the sanctions register", "所报告未授权检测的测试人员已登记处罚"};
        };
        notices.tell(new Notice("observed-testing:" + e.reportId() + ":" + e.auditAction(), List.copyOf(e.to()),
                e.auditAction(), e instanceof UnauthorizedTestingSanctioned ? "43" : "31", words[0], words[1], null,
                null, "/unauthorized-testing/" + e.reportId()));
    }
}
