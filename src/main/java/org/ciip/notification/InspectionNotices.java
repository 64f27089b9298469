package org.ciip.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ciip.supervision.InspectionClosed;
import org.ciip.supervision.InspectionConfirmed;
import org.ciip.supervision.InspectionDocumentProvided;
import org.ciip.supervision.InspectionEvent;
import org.ciip.supervision.InspectionFindingRecorded;
import org.ciip.supervision.InspectionFindingRectified;
import org.ciip.supervision.InspectionFindingVerified;
import org.ciip.supervision.InspectionPlanned;
import org.ciip.supervision.InspectionsMerged;
import org.ciip.supervision.NonCooperationCleared;
import org.ciip.supervision.NonCooperationRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of inspections (Art. 26-28, 42), in Chinese and English: the operator is told of a planned inspection
 * with the statement that it is free and requires no brand (Art. 27); the bodies of overlapping inspections, and the
 * planner, are told of the overlap; each later step tells the other side.
 */
@Component
class InspectionNotices {

    private final Notices notices;

    InspectionNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(InspectionPlanned e) {
        List<Notice> batch = new ArrayList<>();
        batch.add(new Notice("inspection:" + e.inspectionId() + ":planned", e.to(), e.auditAction(), "27",
                e.plannerName() + " plans an inspection (" + e.number() + ", " + e.startsOn() + " – " + e.endsOn()
                        + "): " + e.title(),
                e.plannerName() + "计划开展检查（" + e.number() + "，" + e.startsOn() + "至" + e.endsOn() + "）：" + e.title(),
                "It is free of charge, and you are not required to buy products or services of any designated brand "
                        + "or seller (Art. 27). Confirm it in CIIP.",
                "检查不收取费用，不要求购买指定品牌或者指定生产、销售单位的产品和服务（《条例》第二十七条）。请在 CIIP 中确认。",
                "/inspections/" + e.inspectionId()));
        for (InspectionPlanned.OverlapNotice o : e.overlaps()) {
            batch.add(new Notice("inspection:" + o.inspectionId() + ":overlap:" + e.inspectionId(), o.bodies(),
                    "INSPECTION_OVERLAP", "27", e.plannerName() + " plans an inspection of " + e.operatorName()
                    + " that overlaps yours (" + o.number() + "): " + e.number(),
                    e.plannerName() + "计划对" + e.operatorName() + "开展的检查与贵单位的检查（" + o.number() + "）重叠："
                            + e.number(), null, null, "/inspections/" + o.inspectionId()));
        }
        if (!e.overlaps().isEmpty()) {
            batch.add(new Notice("inspection:" + e.inspectionId() + ":overlaps", List.of(e.plannerId()),
                    "INSPECTION_OVERLAP", "27", "Your inspection " + e.number() + " overlaps "
                    + e.overlaps().size() + " inspection(s) of other bodies",
                    "贵单位的检查 " + e.number() + " 与其他部门的 " + e.overlaps().size() + " 项检查重叠", null, null,
                    "/inspections/" + e.inspectionId()));
        }
        notices.tellAll(batch);
    }

    @EventListener
    void on(InspectionEvent e) {
        if (e instanceof InspectionPlanned) {
            return;
        }
        String[] words = switch (e) {
            case InspectionsMerged m -> new String[] {"Inspection " + m.number() + " was merged into " + m.intoNumber()
                    + ", now a joint inspection", "检查 " + m.number() + " 已合并到 " + m.intoNumber() + "，改为联合检查"};
            case InspectionConfirmed c -> new String[] {"The operator confirmed inspection " + c.number(),
                    "运营者已确认检查 " + c.number()};
            case InspectionDocumentProvided d -> new String[] {"The operator provided a document for inspection "
                    + d.number() + ": " + d.fileName(), "运营者为检查 " + d.number() + " 提供了材料：" + d.fileName()};
            case InspectionFindingRecorded f -> new String[] {"Inspection " + f.number() + ": a finding to rectify by "
                    + f.rectifyBy(), "检查 " + f.number() + " 发现问题，请于 " + f.rectifyBy() + " 前整改"};
            case InspectionFindingRectified f -> new String[] {"Inspection " + f.number() + ": finding " + f.seq()
                    + " reported rectified", "检查 " + f.number() + "：问题 " + f.seq() + " 已报告整改"};
            case InspectionFindingVerified f -> new String[] {"Inspection " + f.number() + ": finding " + f.seq()
                    + " verified", "检查 " + f.number() + "：问题 " + f.seq() + " 整改已核验"};
            case NonCooperationRecorded n -> new String[] {"Inspection " + n.number() + ": a failure to cooperate was "
                    + "recorded (Art. 42)", "检查 " + n.number() + "：已记录不配合检查的情形（第四十二条）"};
            case NonCooperationCleared n -> new String[] {"Inspection " + n.number() + ": your cooperation was "
                    + "recorded", "检查 " + n.number() + "：已记录贵单位的配合"};
            case InspectionClosed c -> new String[] {"Inspection " + c.number() + " was closed",
                    "检查 " + c.number() + " 已结束"};
            default -> throw new IllegalStateException("unworded " + e.auditAction());
        };
        String step = switch (e) {
            case InspectionFindingRecorded f -> "finding:" + f.seq();
            case InspectionFindingRectified f -> "finding:" + f.seq() + ":rectified";
            case InspectionFindingVerified f -> "finding:" + f.seq() + ":verified";
            case InspectionDocumentProvided d -> "document:" + d.documentId();
            case NonCooperationRecorded n -> "non-cooperation:" + n.recordId();
            case NonCooperationCleared n -> "non-cooperation:" + n.recordId() + ":cleared";
            default -> e.auditAction();
        };
        UUID link = e instanceof InspectionsMerged m ? m.intoId() : e.inspectionId();
        notices.tell(new Notice("inspection:" + e.inspectionId() + ":" + step, e.to(), e.auditAction(),
                e instanceof NonCooperationRecorded || e instanceof NonCooperationCleared ? "42" : "26", words[0],
                words[1], null, null, "/inspections/" + link));
    }
}
