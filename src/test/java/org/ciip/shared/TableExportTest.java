package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ciip.shared.export.TableExport;
import org.junit.jupiter.api.Test;

/** Lists as CSV and XLSX: Chinese readable, Beijing time, quotes escaped, no formula smuggled in. */
class TableExportTest {

    static final TableExport.Table TABLE = new TableExport.Table("事件 Incidents", List.of("上报时间", "Summary", "Count"),
            List.of(List.of(Instant.parse("2026-12-01T16:30:00Z"), "勒索软件, \"SCADA\"", 3),
                    java.util.Arrays.asList(null, "=HYPERLINK(\"http://evil\")", -2)));

    /** What a download writes to its response. */
    static byte[] written(org.springframework.http.ResponseEntity<
            org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> response) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        response.getBody().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void csvCarriesAByteOrderMarkQuotesItsCellsAndDisarmsFormulas() throws Exception {
        var response = TableExport.download("csv", "incidents", TABLE);
        String csv = new String(written(response), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF上报时间,Summary,Count\r\n");
        assertThat(csv).contains("2026-12-02 00:30,\"勒索软件, \"\"SCADA\"\"\",3\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",-2\r\n");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("incidents.csv");
    }

    @Test
    void xlsxHasTheHeadersInBoldNumbersAsNumbersAndTheSameTexts() throws Exception {
        var response = TableExport.download("xlsx", "incidents", TABLE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written(response)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("上报时间");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-12-02 00:30");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("'=");
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TableExport.download("pdf", "x", TABLE))
                .isInstanceOfSatisfying(org.ciip.shared.api.ApiException.class, e -> assertThat(e.fieldProblems())
                        .extracting(org.ciip.shared.api.FieldProblem::field).containsExactly("format"));
    }

    @Test
    void aHundredThousandRowsAreWrittenAsTheyComeAndMoreAreCutAtThatWithTheResponseSayingSo() throws Exception {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i <= TableExport.MAX_ROWS; i++) {
            rows.add(List.of("operator " + i, i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        TableExport.Table table = new TableExport.Table("Many", List.of("Name", "N", "At"), rows);
        assertThat(TableExport.MAX_ROWS).isEqualTo(100_000);
        assertThat(table.truncated()).isTrue();
        var csv = TableExport.download("csv", "many", table);
        assertThat(csv.getHeaders().getFirst("X-Rows")).isEqualTo("100000");
        assertThat(csv.getHeaders().getFirst("X-Truncated")).isEqualTo("true");
        String[] lines = new String(written(csv), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(100_001);
        assertThat(lines[100_000]).startsWith("operator 99999,99999,");
        byte[] xlsx = written(TableExport.download("xlsx", "many", table));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).as("a zip package").isEqualTo("PK");
        java.util.List<Integer> pages = new java.util.ArrayList<>();
        java.util.List<Integer> all = TableExport.all(n -> {
            pages.add(n);
            return java.util.Collections.nCopies(org.ciip.shared.api.PageQuery.MAX_SIZE, n);
        });
        assertThat(all).as("read page by page, one row beyond the most to know it was cut")
                .hasSize(TableExport.MAX_ROWS + 1);
        assertThat(new TableExport.Table("x", List.of("n"), all.stream().<List<Object>>map(List::of).toList())
                .rows()).hasSize(TableExport.MAX_ROWS);
    }
}
