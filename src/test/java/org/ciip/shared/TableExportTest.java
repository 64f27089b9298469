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

    @Test
    void csvCarriesAByteOrderMarkQuotesItsCellsAndDisarmsFormulas() throws Exception {
        var response = TableExport.download("csv", "incidents", TABLE);
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF上报时间,Summary,Count\r\n");
        assertThat(csv).contains("2026-12-02 00:30,\"勒索软件, \"\"SCADA\"\"\",3\r\n");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",-2\r\n");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("incidents.csv");
    }

    @Test
    void xlsxHasTheHeadersInBoldNumbersAsNumbersAndTheSameTexts() throws Exception {
        var response = TableExport.download("xlsx", "incidents", TABLE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
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
}
