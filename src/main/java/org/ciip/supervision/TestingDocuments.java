package org.ciip.supervision;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Citation;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The printable testing authorization (Art. 31), in Chinese or English: its number, the parties who approved it and
 * their conditions, the scope, the windows, the testers (identity numbers only by their last four), and a QR code of
 * the public verification page, where anyone checks it is in force.
 */
@Component
public class TestingDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);

    private final TestingAuthorizations testing;
    private final String baseUrl;

    TestingDocuments(TestingAuthorizations testing, @Value("${ciip.base-url:http://localhost:8080}") String baseUrl) {
        this.testing = testing;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The document's file name and bytes; 409 while the authorization has no number. */
    public record Document(String fileName, byte[] content) {
    }

    public Document authorization(Actor actor, UUID id, boolean zh) {
        TestingView t = testing.find(actor, id);
        if (t.number() == null) {
            throw ApiException.conflict("The authorization has no document before every approval is given.");
        }
        String url = baseUrl + "/verify/authorizations/" + t.number();
        PdfWriter pdf = new PdfWriter(t.number());
        pdf.title(zh ? "关键信息基础设施检测测试授权书" : "Authorization to Test Critical Information Infrastructure");
        pdf.field(zh ? "授权编号" : "Number", t.number());
        pdf.field(zh ? "状态" : "Status", status(t.status(), zh));
        pdf.field(zh ? "申请单位" : "Requested by", t.requesterName());
        pdf.field(zh ? "运营者" : "Operator", t.operatorName());
        pdf.field(zh ? "事项" : "Subject", t.title());
        pdf.heading(zh ? "一、授权依据" : "1. Basis");
        pdf.paragraph(zh ? "依据" + Citation.of("31", true) + "，" + (t.route() == TestingRoute.OPERATOR
                ? "经保护工作部门和运营者授权。" : "经国家网信部门和国务院公安部门批准。")
                : "Under " + Citation.of("31", false) + " of the Regulations on the Security Protection of Critical "
                + "Information Infrastructure, " + (t.route() == TestingRoute.OPERATOR
                ? "authorized by the protection department and the operator." : "approved by CAC and MPS."));
        for (TestingView.Step s : t.steps()) {
            pdf.field(party(s.party(), zh), (s.decidedByName() == null ? "" : s.decidedByName() + " ")
                    + (s.decidedAt() == null ? "" : TIME.format(s.decidedAt()))
                    + (s.conditions() == null ? "" : (zh ? "；条件：" : "; conditions: ") + s.conditions()));
        }
        pdf.heading(zh ? "二、范围" : "2. Scope");
        pdf.field(zh ? "活动" : "Activities", String.join(zh ? "、" : ", ", t.activities().stream()
                .map(a -> activity(a, zh)).toList()));
        if (t.excludedTechniques() != null) {
            pdf.field(zh ? "排除的技术" : "Techniques excluded", t.excludedTechniques());
        }
        for (TestingView.Target g : t.targets()) {
            pdf.field((zh ? "目标 " : "Target ") + g.assetName(), g.kind() + " " + g.value()
                    + (zh ? "（责任方：" : " (owner: ") + g.owner() + (zh ? "）" : ")"));
        }
        pdf.field(zh ? "测试来源地址" : "Source addresses", String.join(", ", t.sourceAddresses()));
        pdf.heading(zh ? "三、时间窗口" : "3. Windows (Beijing time)");
        for (TestingView.Window w : t.windows()) {
            pdf.paragraph(TIME.format(w.startsAt()) + " – " + TIME.format(w.endsAt()));
        }
        if (t.telecom()) {
            pdf.paragraph(zh ? "目标涉及基础电信网络：应于每个窗口开始前至少" + t.advanceHours()
                    + "小时向国务院电信主管部门报告（" + Citation.of("31", true) + "）。"
                    + (t.advanceReportedAt() == null ? "尚未报告。" : "已于" + TIME.format(t.advanceReportedAt()) + "报告。")
                    : "A target is on the basic telecommunications network: the telecom authority is told at least "
                    + t.advanceHours() + " hours before each window opens (" + Citation.of("31", false) + "). "
                    + (t.advanceReportedAt() == null ? "Not reported yet."
                    : "Reported on " + TIME.format(t.advanceReportedAt()) + "."));
        }
        pdf.heading(zh ? "四、测试人员" : "4. Testers");
        for (TestingView.Tester p : t.testers()) {
            pdf.field(p.name(), p.organization() + (zh ? "，身份证号末四位 " : ", identity number ending ") + p.idLast4());
        }
        pdf.field(zh ? "应急联系人" : "Emergency contact", t.contactName() + " " + t.contactPhone());
        pdf.heading(zh ? "五、核验" : "5. Verification");
        pdf.paragraph(zh ? "任何人可扫描下方二维码或访问以下地址，核验本授权当前是否有效，以及某一来源地址和目标是否在授权范围内；暂停、撤销即时生效。"
                : "Anyone can scan the code below or open this address to check whether the authorization is in force "
                + "now, and whether a source address and a target are in its scope; suspension and revocation take "
                + "effect at once.");
        pdf.qrCode(url, 110, url);
        return new Document(t.number() + (zh ? "-zh" : "-en") + ".pdf", pdf.toBytes());
    }

    static String status(TestingStatus s, boolean zh) {
        return switch (s) {
            case REQUESTED -> zh ? "待审批" : "Requested";
            case REFUSED -> zh ? "已拒绝" : "Refused";
            case AUTHORIZED -> zh ? "已授权" : "Authorized";
            case SUSPENDED -> zh ? "已暂停" : "Suspended";
            case REVOKED -> zh ? "已撤销" : "Revoked";
            case CLOSED -> zh ? "已结束" : "Closed";
        };
    }

    private static String party(TestingRoute.ApprovalParty p, boolean zh) {
        return switch (p) {
            case OPERATOR -> zh ? "运营者授权" : "Operator";
            case DEPARTMENT -> zh ? "保护工作部门授权" : "Protection department";
            case CAC -> zh ? "国家网信部门批准" : "CAC";
            case MPS -> zh ? "国务院公安部门批准" : "MPS";
        };
    }

    private static String activity(String a, boolean zh) {
        return switch (a) {
            case "VULNERABILITY_SCANNING" -> zh ? "漏洞扫描" : "vulnerability scanning";
            case "PENETRATION_TESTING" -> zh ? "渗透测试" : "penetration testing";
            case "RED_TEAM" -> zh ? "红队演练" : "red team";
            case "SOURCE_CODE_REVIEW" -> zh ? "源代码审计" : "source code review";
            default -> zh ? "配置核查" : "configuration review";
        };
    }
}
