package org.ciip.incident.web;

import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.ciip.incident.IncidentView;
import org.ciip.shared.Citation;
import org.ciip.shared.LegalTime;
import org.ciip.shared.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident report as the document regulators file (Art. 18): the operator, the assets, the grade and its reasons,
 * the reporting clocks and whether each was met, and every version of the report with its SHA-256 receipt, in
 * Chinese or English.
 */
final class IncidentDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IncidentDocument() {
    }

    static ResponseEntity<byte[]> pdf(IncidentView i, String lang, Locale reader, MessageSource messages) {
        Locale locale = lang == null || lang.isBlank() ? reader
                : "zh".equalsIgnoreCase(lang.trim()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        boolean zh = "zh".equals(locale.getLanguage());
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        String number = "INC-" + i.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        PdfWriter pdf = new PdfWriter(number);
        pdf.title(zh ? i.operatorName() + " 网络安全事件报告" : i.operatorName() + ": Cybersecurity Incident Report");
        pdf.field(zh ? "事件" : "Incident", i.id().toString());
        pdf.field(zh ? "依据" : "Basis", Citation.of("18", zh));
        pdf.field(m.apply("incident.summary"), i.summary());
        pdf.field(zh ? "设施" : "Assets", String.join(zh ? "、" : ", ", i.assets().stream()
                .map(IncidentView.AssetRef::name).toList()));
        pdf.field(m.apply("incident.discoveredAt"), TIME.format(i.discoveredAt()));
        pdf.field(zh ? "首次报告时间（北京时间）" : "First reported (Beijing time)", TIME.format(i.reportedAt()));
        pdf.field(zh ? "类别" : "Category", m.apply("category." + i.category()));
        pdf.field(m.apply("incident.grade"), m.apply("grade." + i.grade()));
        pdf.field(m.apply("incident.status"), m.apply("incident.status." + i.status()));
        if (i.gradeReason() != null) {
            pdf.field(zh ? "定级说明" : "Reason for the grade", i.gradeReason());
        }
        pdf.heading(zh ? "一、报告时限" : "1. Reporting clocks");
        for (IncidentView.Obligation o : i.obligations()) {
            pdf.field(m.apply("obligation." + o.kind()) + (o.recipient() == null ? "" : " · " + o.recipient()),
                    (o.dueAt() == null ? "" : (zh ? "期限 " : "due ") + TIME.format(o.dueAt()) + " · ")
                            + (o.metAt() == null ? "" : (zh ? "完成 " : "met ") + TIME.format(o.metAt()) + " · ")
                            + m.apply("obligationStatus." + o.status()));
        }
        pdf.heading(zh ? "二、报告各版本" : "2. Versions of the report");
        for (IncidentView.Version v : i.versions()) {
            pdf.field((zh ? "第 " + v.seq() + " 版 " : "Version " + v.seq() + " ") + v.kind(),
                    TIME.format(v.submittedAt()) + " · " + v.submittedBy() + " · SHA-256 " + v.sha256()
                            + ("SHA-256".equals(v.hashAlgorithm()) ? "" : " · " + v.hashAlgorithm() + " " + v.hash()));
            fields(pdf, v.content());
        }
        pdf.paragraph(zh ? "各版本的 SHA-256（采用国密算法的部署另有 SM3）为其规范化 JSON 的摘要，可与 CIIP 签名回执核对。"
                : "Each version's SHA-256 (and SM3 on a deployment of the national suite) is the digest of its canonical "
                        + "JSON and matches the signed receipt CIIP gave.");
        byte[] bytes = pdf.toBytes();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + (zh ? "-zh" : "-en") + ".pdf").build().toString())
                .body(bytes);
    }

    /** The fields of a version's canonical JSON, one per line; nested values as compact JSON. */
    private static void fields(PdfWriter pdf, String content) {
        if (content == null || content.isBlank()) {
            return;
        }
        JsonNode node = JSON.readTree(content);
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            pdf.paragraph("  " + e.getKey() + ": " + (e.getValue().isValueNode() ? e.getValue().asString()
                    : e.getValue().toString()));
        }
    }
}
