package org.ciip.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list as the reader downloads it: CSV (UTF-8 with a byte order mark, so that spreadsheet programs read Chinese) or
 * XLSX (Apache POI's streaming workbook), with the column headers in the reader's language. Instants are written in
 * Beijing time. A text cell that a spreadsheet would take for a formula is written with a leading apostrophe (CSV
 * injection). The rows are read page by page; the file is written to the response as it is made (CSV straight to the
 * stream, XLSX keeping {@value #XLSX_WINDOW} rows in memory), so that 100,000 rows cost no more than their values.
 */
public final class TableExport {

    /** The most rows an export holds; a narrower filter gets the rest (the response says so in {@code X-Truncated}). */
    public static final int MAX_ROWS = 100_000;

    /** How many rows of a spreadsheet being written stay in memory; the others are on disk until it is sent. */
    static final int XLSX_WINDOW = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    /**
     * A sheet: its name, its headers and its rows (strings, numbers, booleans, dates, instants or null); {@code
     * truncated}: there were more than {@link #MAX_ROWS} rows, and these are the first.
     */
    public record Table(String name, List<String> headers, List<List<Object>> rows, boolean truncated) {

        public Table(String name, List<String> headers, List<List<Object>> rows) {
            this(name, headers, rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows, rows.size() > MAX_ROWS);
        }
    }

    /**
     * Every row of a paged list, page after page, up to one more than {@link #MAX_ROWS} (so that a table made of them
     * knows it was cut): {@code page} answers the rows of page {@code n} (of {@code size} rows), an empty list after
     * the last.
     */
    public static <T> List<T> all(java.util.function.IntFunction<List<T>> page) {
        List<T> rows = new java.util.ArrayList<>();
        for (int n = 0; rows.size() <= MAX_ROWS; n++) {
            List<T> items = page.apply(n);
            rows.addAll(items);
            if (items.size() < org.ciip.shared.api.PageQuery.MAX_SIZE) {
                break;
            }
        }
        return rows.size() > MAX_ROWS + 1 ? rows.subList(0, MAX_ROWS + 1) : rows;
    }

    /**
     * The download of {@code table} as {@code format} ({@code csv} or {@code xlsx}), named {@code fileBase}, written to
     * the response as it is made; any other format is a 400 naming {@code format}, before anything is written.
     */
    public static ResponseEntity<StreamingResponseBody> download(String format, String fileBase, Table table) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        StreamingResponseBody body;
        MediaType type;
        switch (f) {
            case "csv" -> {
                body = out -> writeCsv(table, out);
                type = new MediaType("text", "csv", StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                body = out -> writeXlsx(table, out);
                type = XLSX;
            }
            default -> throw ApiException.invalid("format", "must be csv or xlsx");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileBase + "." + f, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Rows", String.valueOf(table.rows().size()))
                .header("X-Truncated", String.valueOf(table.truncated())).body(body);
    }

    static void writeCsv(Table table, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
        line(out, table.headers());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        out.flush();
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = cells.get(i);
            String text = v instanceof Number || v instanceof Boolean ? v.toString() : safe(text(v));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                out.write('"');
                out.write(text.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(text);
            }
        }
        out.write("\r\n");
    }

    static void writeXlsx(Table table, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(XLSX_WINDOW)) {
            Sheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(table.name(), ' '));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else if (v != null) {
                        cell.setCellValue(safe(text(v)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!table.headers().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.headers().size() - 1));
            }
            book.write(out);
            out.flush();
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        return v.toString();
    }

    /**
     * The reader's words for the keys of a table's headers and values: {@code messages} in {@code locale}, the key
     * itself where there is none.
     */
    public static java.util.function.Function<String, String> labels(org.springframework.context.MessageSource messages,
            Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }

    /** A text a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) gets a leading apostrophe. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
