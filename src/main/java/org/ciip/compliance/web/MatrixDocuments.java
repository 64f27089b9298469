package org.ciip.compliance.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.registry.Sectors;
import org.ciip.shared.Citation;
import org.ciip.shared.export.TableExport;
import org.ciip.shared.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A department's compliance matrix (Art. 39-41) as it files or sends it: a spreadsheet of its operators with the status
 * of every item, and a PDF with the counts by item and the operators that have not met each item.
 */
final class MatrixDocuments {

    private final MessageSource messages;
    private final Sectors sectors;
    private final org.ciip.registry.Provinces provinces;
    private final Locale locale;
    private final boolean zh;

    MatrixDocuments(MessageSource messages, Sectors sectors, org.ciip.registry.Provinces provinces, Locale locale) {
        this.messages = messages;
        this.sectors = sectors;
        this.provinces = provinces;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
    }

    private String m(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String title(String article) {
        return m("complianceItem." + article.replace("(", "_").replace(")", ""));
    }

    private String status(ComplianceStatus status) {
        return m("complianceStatus." + status.name());
    }

    private String sectorNames(List<String> codes) {
        return String.join(zh ? "、" : ", ", codes.stream()
                .map(c -> sectors.find(c).map(s -> zh ? s.nameZh() : s.nameEn()).orElse(c)).toList());
    }

    /** A division code with its province's name before it ("北京市 110102"). */
    private String region(String code) {
        return code == null ? "" : provinces.placeOf(code, zh) + " " + code;
    }

    /** One row per operator shown: name, region, sectors, the number of items not met and each item's status. */
    TableExport.Table table(ComplianceService.Matrix matrix, List<ComplianceService.OperatorRow> operators) {
        List<String> headers = new ArrayList<>(List.of(m("program.operator"), m("compliance.region"),
                m("asset.sector"), m("compliance.notMet")));
        matrix.articles().forEach(a -> headers.add(Citation.of(a, zh) + " " + title(a)));
        List<List<Object>> rows = new ArrayList<>(operators.size());
        for (ComplianceService.OperatorRow row : operators) {
            List<Object> cells = new ArrayList<>(headers.size());
            cells.add(row.name());
            cells.add(region(row.regionCode()));
            cells.add(sectorNames(row.sectors()));
            cells.add(row.items().stream().filter(i -> i.status() == ComplianceStatus.NON_COMPLIANT).count());
            matrix.articles().forEach(a -> cells.add(status(row.item(a).status())));
            rows.add(cells);
        }
        return new TableExport.Table(m("compliance.matrixTitle") + " " + matrix.asOf(), headers, rows);
    }

    /**
     * The matrix as a PDF: the filters, the operators by item and status, then for each item the operators that have
     * not met it.
     */
    ResponseEntity<byte[]> pdf(ComplianceService.Matrix matrix, String sector, String region) {
        PdfWriter pdf = new PdfWriter(m("compliance.matrixTitle") + " " + matrix.asOf());
        pdf.title(m("compliance.matrixTitle"));
        pdf.field(m("compliance.asOf"), matrix.asOf().toString());
        pdf.field(m("compliance.basis"), Citation.of("39-41", zh));
        if (sector != null && !sector.isBlank()) {
            pdf.field(m("asset.sector"), sectorNames(List.of(sector.trim())));
        }
        if (region != null && !region.isBlank()) {
            pdf.field(m("compliance.region"), region.trim());
        }
        pdf.field(m("compliance.operators"), String.valueOf(matrix.operators().size()));
        List<String> headers = new ArrayList<>(List.of(m("compliance.item")));
        float[] weights = new float[1 + ComplianceStatus.values().length];
        weights[0] = 4;
        for (ComplianceStatus s : ComplianceStatus.values()) {
            headers.add(status(s));
            weights[headers.size() - 1] = 1;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String a : matrix.articles()) {
            List<String> cells = new ArrayList<>(List.of(Citation.of(a, zh) + " " + title(a)));
            for (ComplianceStatus s : ComplianceStatus.values()) {
                cells.add(String.valueOf(matrix.count(a, s)));
            }
            rows.add(cells);
        }
        pdf.table(weights, headers, rows);
        for (String a : matrix.articles()) {
            List<ComplianceService.OperatorRow> notMet = CompliancePages.select(matrix, a,
                    ComplianceStatus.NON_COMPLIANT);
            if (notMet.isEmpty()) {
                continue;
            }
            pdf.heading(Citation.of(a, zh) + " " + title(a) + " · " + status(ComplianceStatus.NON_COMPLIANT));
            pdf.table(new float[] {3, 1, 2, 1.2f},
                    List.of(m("program.operator"), m("compliance.region"), m("asset.sector"), m("compliance.since")),
                    notMet.stream().map(r -> List.of(r.name(), region(r.regionCode()),
                            sectorNames(r.sectors()), r.item(a).since() == null ? "" : r.item(a).since().toString()))
                            .toList());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("compliance-matrix-" + matrix.asOf() + (zh ? "-zh" : "-en") + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .body(pdf.toBytes());
    }
}
