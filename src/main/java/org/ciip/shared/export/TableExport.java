package org.ciip.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * A list as the reader downloads it: CSV (UTF-8 with a byte order mark, so that spreadsheet programs read Chinese) or
 * XLSX (Apache POI, streamed), with the column headers in the reader's language. Instants are written in Beijing time.
 * A text cell that a spreadsheet would take for a formula is written with a leading apostrophe (CSV injection).
 */
public final class TableExport {

    /** The most rows an export holds; a narrower filter gets the rest. */
    public static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LegalTime.ZONE);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    /** A sheet: its name, its headers and its rows (strings, numbers, booleans, dates, instants or null). */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    /**
     * Every row of a paged list, page after page, up to {@link #MAX_ROWS}: {@code page} answers the rows of page
     * {@code n} (of {@code size} rows), an empty list after the last.
     */
    public static <T> List<T> all(java.util.function.IntFunction<List<T>> page) {
        List<T> rows = new java.util.ArrayList<>();
        for (int n = 0; rows.size() < MAX_ROWS; n++) {
            List<T> items = page.apply(n);
            rows.addAll(items);
            if (items.size() < org.ciip.shared.api.PageQuery.MAX_SIZE) {
                break;
            }
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    /** The download of {@code table} as {@code format} ({@code csv} or {@code xlsx}), named {@code fileBase}. */
    public static ResponseEntity<byte[]> download(String format, String fileBase, Table table) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        byte[] bytes;
        MediaType type;
        switch (f) {
            case "csv" -> {
                bytes = csv(table);
                type = new MediaType("text", "csv", StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                bytes = xlsx(table);
                type = XLSX;
            }
            default -> throw ApiException.invalid("format", "must be csv or xlsx");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileBase + "." + f, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    static byte[] csv(Table table) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, table.headers());
        for (List<Object> row : table.rows()) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = cells.get(i);
            String text = v instanceof Number || v instanceof Boolean ? v.toString() : safe(text(v));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                b.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                b.append(text);
            }
        }
        b.append("\r\n");
    }

    static byte[] xlsx(Table table) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(table.name().replaceAll("[\\\\/?*\\[\\]:]", " "));
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
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** A text a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) gets a leading apostrophe. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
