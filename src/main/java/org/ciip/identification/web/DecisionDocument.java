package org.ciip.identification.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ciip.identification.DecisionKind;
import org.ciip.identification.DecisionView;
import org.ciip.identification.RuleDefinition;
import org.ciip.identification.RuleView;
import org.ciip.shared.Citation;
import org.ciip.shared.LegalTime;
import org.ciip.shared.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The notice of an identification decision (Art. 10) or of a re-certification result (Art. 11) as the department sends
 * it to the operator and reports it to MPS: the asset, the result, the rule and its version, each factor's criteria
 * with the levels given and the justification, the recommendation and, against it, the reason, and when the operator
 * and MPS were told. Chinese or English, signed like every document CIIP issues.
 */
final class DecisionDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LegalTime.ZONE);

    private DecisionDocument() {
    }

    static ResponseEntity<byte[]> pdf(DecisionView d, RuleView rule, Locale locale, MessageSource messages) {
        boolean zh = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean recertification = d.kind() == DecisionKind.RECERTIFICATION;
        PdfWriter pdf = new PdfWriter(d.assetName() + " " + m.apply("ident.notice." + d.kind()));
        pdf.title(m.apply("ident.notice." + d.kind()));
        pdf.field(m.apply("ident.notice.to"), d.operatorName());
        pdf.field(m.apply("ident.notice.from"), d.departmentName());
        pdf.field(m.apply("ident.notice.basis"), Citation.of(d.kind().article(), zh));
        pdf.field(m.apply("ident.notice.asset"), d.assetName());
        pdf.field(m.apply("ident.notice.result"), m.apply("ciiStatus." + d.decision()));
        pdf.field(m.apply("ident.decidedAt"), time(d.decidedAt()) + " · " + d.decidedBy());
        pdf.paragraph(messages.getMessage(recertification ? "ident.notice.textRecertification"
                : "ident.notice.text", new Object[] {d.assetName(), m.apply("ciiStatus." + d.decision())}, locale));

        pdf.heading(m.apply("ident.rule"));
        pdf.field(m.apply("ident.notice.ruleName"), (zh || rule.nameEn() == null ? rule.name() : rule.nameEn())
                + " v" + d.ruleVersion());
        pdf.field(m.apply("ident.recommendation"), m.apply("ciiStatus." + d.recommendation())
                + (d.score() == null ? "" : " (" + d.score().toPlainString() + ")"));
        if (d.reason() != null && !d.reason().isBlank()) {
            pdf.field(m.apply("ident.reason"), d.reason());
        }
        RuleDefinition definition = rule.definition();
        for (RuleDefinition.Factor factor : definition.factors()) {
            pdf.heading(m.apply("rule.factorKey." + factor.key()) + " " + Citation.of(factor.key().article(), zh));
            List<List<String>> rows = new ArrayList<>();
            for (RuleDefinition.Criterion c : factor.criteria()) {
                Integer rating = d.ratings().get(c.key());
                RuleDefinition.Level level = rating == null ? null : definition.level(rating);
                rows.add(List.of(zh ? c.nameZh() : c.nameEn(),
                        level == null ? "—" : (zh ? level.nameZh() : level.nameEn())));
            }
            pdf.table(new float[] {3, 1}, List.of(m.apply("ident.notice.criterion"), m.apply("ident.notice.level")),
                    rows);
            String justification = d.justifications().get(factor.key().name());
            if (justification != null && !justification.isBlank()) {
                pdf.field(m.apply("ident.justification"), justification);
            }
        }
        pdf.heading(m.apply("ident.notice.notified"));
        pdf.field(m.apply("ident.operatorNotified"), time(d.operatorNotifiedAt()));
        pdf.field(m.apply("ident.mpsNotified"), time(d.mpsNotifiedAt()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((recertification ? "recertification-" : "identification-") + d.id()
                                + (zh ? "-zh" : "-en") + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.toBytes());
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant) + " (UTC+8)";
    }
}
