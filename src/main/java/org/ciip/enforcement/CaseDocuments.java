package org.ciip.enforcement;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ciip.shared.Citation;
import org.ciip.shared.LegalTime;
import org.ciip.shared.pdf.PdfWriter;

/**
 * The numbered documents of an enforcement case, in Chinese or English: the order to correct (with the warning) and
 * the penalty decision, each with the facts, the legal basis and the remedies available.
 */
final class CaseDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);

    private CaseDocuments() {
    }

    static byte[] order(CaseView c, boolean zh, LegalBases.Remedies remedies) {
        CaseView.Order o = c.order();
        PdfWriter pdf = opening(c, zh, o.number(), zh ? "责令改正通知书" : "Order to Correct",
                zh ? "签发时间" : "Issued", TIME.format(o.issuedAt()));
        pdf.heading(zh ? "二、法律依据" : "2. Legal basis");
        pdf.paragraph(zh ? "依据" + Citation.of(c.article(), true) + "，责令你单位改正"
                + (o.warned() ? "，并给予警告。" : "。")
                : "Under " + Citation.of(c.article(), false) + " of the Regulations on the Security Protection of "
                + "Critical Information Infrastructure, you are ordered to correct" + (o.warned()
                ? " and are hereby warned." : "."));
        pdf.heading(zh ? "三、改正要求" : "3. What to correct");
        pdf.paragraph(o.requirements());
        pdf.field(zh ? "改正期限" : "Correct by", DAY.format(o.correctBy()));
        pdf.paragraph(zh ? "请在期限内通过 CIIP 报告改正情况并附证明材料。拒不改正或者导致危害网络安全等后果的，将依法处以罚款。"
                : "Report your correction with its evidence in CIIP by that date. A refusal to correct, or harm to "
                + "network security, is fined according to law.");
        remedies(pdf, zh, remedies, null);
        return pdf.toBytes();
    }

    static byte[] decision(CaseView c, boolean zh, LegalBases.Remedies remedies, LegalBases.Choice choice) {
        CaseView.Decision d = c.decision();
        PdfWriter pdf = opening(c, zh, d.number(), zh ? "行政处罚决定书" : "Penalty Decision",
                zh ? "决定日期" : "Decided on", DAY.format(d.decidedOn()));
        if (c.order() != null) {
            pdf.paragraph(zh ? "本机关于" + TIME.format(c.order().issuedAt()) + "责令改正（" + c.order().number()
                    + "），改正期限至" + DAY.format(c.order().correctBy()) + "。"
                    : "An order to correct (" + c.order().number() + ") was issued on "
                    + TIME.format(c.order().issuedAt()) + ", to correct by " + DAY.format(c.order().correctBy())
                    + ".");
        }
        if (c.refusalFoundAt() != null) {
            pdf.paragraph((zh ? "经核查，当事人拒不改正：" : "The respondent refused to correct: ") + c.refusalNote());
        }
        for (CaseView.Harm h : c.harms()) {
            pdf.paragraph((zh ? "危害网络安全的事实：" : "Harm to network security: ") + h.description());
        }
        pdf.heading(zh ? "二、法律依据" : "2. Legal basis");
        pdf.paragraph(zh ? "违反" + Citation.of(c.article(), true) + "，适用" + d.basisCitationZh() + "。"
                : "Breach of " + Citation.of(c.article(), false) + "; penalty under " + d.basisCitationEn() + ".");
        if (choice != null && choice.pointed() != null && choice.pointed().code().equals(d.basisCode())) {
            pdf.paragraph(zh ? choice.whyZh() : choice.whyEn());
        }
        pdf.heading(zh ? "三、处罚决定" : "3. Decision");
        pdf.field(zh ? "对单位罚款" : "Fine on the unit", money(d.unitFine(), zh));
        if (d.purchaseAmount() != null) {
            pdf.field(zh ? "采购金额" : "Purchase amount", money(d.purchaseAmount(), zh));
        }
        if (d.confiscation() != null) {
            pdf.field(zh ? "没收违法所得" : "Illegal gains confiscated", money(d.confiscation(), zh));
        }
        for (CaseView.Person p : c.persons()) {
            String line = money(p.fine(), zh) + (p.detentionDays() == null ? ""
                    : zh ? "，拘留" + p.detentionDays() + "日" : ", detention of " + p.detentionDays() + " days");
            pdf.field((zh ? "直接负责人员 " : "Directly responsible person ") + p.name()
                    + (p.position() == null ? "" : "（" + p.position() + "）"), line);
        }
        pdf.heading(zh ? "四、理由" : "4. Reasons");
        pdf.paragraph(d.reasons());
        remedies(pdf, zh, remedies, d);
        return pdf.toBytes();
    }

    /** The title, the numbers, the respondent, the date of the document and the facts, as every document opens. */
    private static PdfWriter opening(CaseView c, boolean zh, String number, String kind, String dateLabel,
            String date) {
        PdfWriter pdf = new PdfWriter(number);
        pdf.title(zh ? c.authorityName() + " " + kind : c.authorityName() + ": " + kind);
        pdf.field(zh ? "文书编号" : "Number", number);
        pdf.field(zh ? "案件编号" : "Case", c.number());
        pdf.field(zh ? "当事人" : "Respondent", c.respondentName());
        pdf.field(dateLabel, date);
        pdf.heading(zh ? "一、违法事实" : "1. Facts");
        pdf.paragraph(c.facts());
        pdf.field(zh ? "行为发生日期" : "Date of the act", DAY.format(c.actDate()));
        return pdf;
    }

    private static void remedies(PdfWriter pdf, boolean zh, LegalBases.Remedies r, CaseView.Decision d) {
        pdf.heading(zh ? "救济途径" : "Remedies");
        LegalBases.Remedy rc = r.reconsideration();
        LegalBases.Remedy ls = r.lawsuit();
        pdf.paragraph(zh ? "如不服本" + (d == null ? "通知" : "决定") + "，可以自知道之日起" + period(rc, true) + "内依照"
                + rc.lawZh() + "申请行政复议" + (d == null ? "" : "（至" + DAY.format(d.reconsiderationUntil()) + "）")
                + "，或者自知道之日起" + period(ls, true) + "内依照" + ls.lawZh() + "提起行政诉讼"
                + (d == null ? "" : "（至" + DAY.format(d.lawsuitUntil()) + "）") + "。"
                : "If you disagree with this " + (d == null ? "order" : "decision")
                + ", you may apply for administrative reconsideration within " + period(rc, false) + " of learning of it"
                + (d == null ? "" : " (until " + DAY.format(d.reconsiderationUntil()) + ")") + " under " + rc.lawEn()
                + ", or bring an administrative lawsuit within " + period(ls, false)
                + (d == null ? "" : " (until " + DAY.format(d.lawsuitUntil()) + ")") + " under " + ls.lawEn() + ".");
    }

    private static String period(LegalBases.Remedy r, boolean zh) {
        return r.days() != null ? (zh ? r.days() + "日" : r.days() + " days")
                : (zh ? r.months() + "个月" : r.months() + " months");
    }

    /** An amount as people write it: 1,000,000 or 1,234.5. */
    static String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    static String money(BigDecimal amount, boolean zh) {
        if (amount == null) {
            return zh ? "无" : "none";
        }
        NumberFormat format = NumberFormat.getNumberInstance(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return zh ? format.format(amount) + "元" : "CNY " + format.format(amount);
    }
}
