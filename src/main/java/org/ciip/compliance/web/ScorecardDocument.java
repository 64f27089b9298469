package org.ciip.compliance.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.enforcement.PenaltyRanges;
import org.ciip.shared.Citation;
import org.ciip.shared.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An operator's compliance scorecard as the document a regulator files or sends (Art. 39-42): each item with its
 * citation, status and since when, the facts that decided it, what may follow a refusal to correct, and what to do.
 */
final class ScorecardDocument {

    private ScorecardDocument() {
    }

    static ResponseEntity<byte[]> pdf(ComplianceService.OperatorCompliance card, Locale locale,
            MessageSource messages) {
        boolean zh = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        PdfWriter pdf = new PdfWriter(card.operatorName() + " " + card.asOf());
        pdf.title(zh ? card.operatorName() + " 合规情况" : card.operatorName() + ": Compliance Scorecard");
        pdf.field(zh ? "截至" : "As of", card.asOf().toString());
        pdf.field(zh ? "依据" : "Basis", zh ? "《条例》第三十九条至第四十二条" : "Art. 39-42");
        for (var status : org.ciip.compliance.engine.ComplianceStatus.values()) {
            long n = card.count(status);
            if (n > 0) {
                pdf.field(m.apply("complianceStatus." + status), String.valueOf(n));
            }
        }
        for (ComplianceService.Item i : card.items()) {
            pdf.heading(Citation.of(i.article(), zh) + " " + i.title());
            pdf.field(zh ? "状态" : "Status", m.apply("complianceStatus." + i.status())
                    + (i.since() == null ? "" : (zh ? "（自 " : " (since ") + i.since() + (zh ? "）" : ")")));
            for (ComplianceService.Evidence e : i.evidence()) {
                pdf.paragraph("· " + e.text());
            }
            PenaltyRanges.Consequence c = i.consequence();
            if (c != null && i.status() == org.ciip.compliance.engine.ComplianceStatus.NON_COMPLIANT) {
                if (c.unit() != null) {
                    pdf.field(m.apply("compliance.unitRange"), money(c.unit(), zh));
                }
                if (c.person() != null) {
                    pdf.field(m.apply("compliance.personRange"), money(c.person(), zh));
                }
                c.notes().forEach(n -> pdf.paragraph("  " + n));
            }
            if (i.next() != null && i.status() != org.ciip.compliance.engine.ComplianceStatus.COMPLIANT) {
                pdf.field(zh ? "应当" : "To do", i.next());
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("compliance-" + card.asOf() + (zh ? "-zh" : "-en") + ".pdf").build().toString())
                .body(pdf.toBytes());
    }

    private static String money(PenaltyRanges.Range r, boolean zh) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        String min = f.format(r.min() == null ? BigDecimal.ZERO : r.min());
        String max = f.format(r.max() == null ? BigDecimal.ZERO : r.max());
        return zh ? min + " 至 " + max + " 元" : "CNY " + min + " - " + max;
    }
}
