package org.ciip.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a plain official document as PDF (A4, headings, paragraphs, label-value lines and tables, wrapped, paginated
 * and numbered),
 * with the CJK font CIIP carries ({@code fonts/wqy-microhei.ttc}, WenQuanYi Micro Hei, Apache 2.0), embedded as a
 * subset, so that Chinese and English read the same on any machine. One writer per document; not thread-safe.
 */
public final class PdfWriter {

    private static final String FONT = "/fonts/wqy-microhei.ttc";
    static final String FONT_NAME = "WenQuanYiMicroHei";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final byte[] FONT_BYTES = load();

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    public PdfWriter(String title) {
        try {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(FONT_BYTES));
            TrueTypeFont ttf = collection.getFontByName(FONT_NAME);
            font = PDType0Font.load(document, ttf, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("CIIP");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fontBytes() {
        return FONT_BYTES;
    }

    private static byte[] load() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The CJK font " + FONT + " is missing from the classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfWriter title(String text) {
        return lines(text, 16, 10);
    }

    public PdfWriter heading(String text) {
        return lines(text, 12, 6);
    }

    public PdfWriter paragraph(String text) {
        for (String part : (text == null ? "" : text).split("\\R")) {
            lines(part, 10.5f, 2);
        }
        y -= 4;
        return this;
    }

    /**
     * A QR code of {@code text} (ZXing), drawn as squares of the page's own vector graphics, {@code size} points wide,
     * with its caption below.
     */
    public PdfWriter qrCode(String text, float size, String caption) {
        try {
            com.google.zxing.common.BitMatrix matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(text,
                    com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, java.util.Map.of(
                            com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                            com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M,
                            com.google.zxing.EncodeHintType.MARGIN, 0));
            if (y - size - 8 < MARGIN) {
                newPage();
            }
            float cell = size / matrix.getWidth();
            float top = y - 8;
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        content.addRect(MARGIN + col * cell, top - (row + 1) * cell, cell, cell);
                    }
                }
            }
            content.fill();
            y = top - size - 4;
            return caption == null ? this : lines(caption, 9, 4);
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A label and its value on one line, wrapped when long. */
    public PdfWriter field(String label, String value) {
        return lines(label + "：" + (value == null ? "-" : value), 10.5f, 2);
    }

    /**
     * A table with a header row: each column as wide as its share of {@code weights}, cells wrapped within it, the
     * header repeated at the top of every page the table continues on.
     */
    public PdfWriter table(float[] weights, List<String> headers, List<List<String>> rows) {
        if (weights.length != headers.size()) {
            throw new IllegalArgumentException("one weight per column");
        }
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = WIDTH * weights[i] / total;
        }
        try {
            y -= 4;
            row(widths, headers, 9, true);
            for (List<String> cells : rows) {
                if (!row(widths, cells, 9, false)) {
                    row(widths, headers, 9, true);
                    row(widths, cells, 9, false);
                }
            }
            y -= 6;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of a table; false, having started a new page and drawn nothing, when it does not fit on this one. */
    private boolean row(float[] widths, List<String> cells, float size, boolean header) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            List<String> lines = wrap(text, size, widths[i] - 4);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        float leading = size * 1.4f;
        float rowHeight = height * leading + 3;
        if (y - rowHeight < MARGIN) {
            newPage();
            if (!header) {
                return false;
            }
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y;
            for (String line : wrapped.get(i)) {
                lineY -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x + 2, lineY);
                content.showText(line);
                content.endText();
            }
            x += widths[i];
        }
        y -= rowHeight;
        content.setLineWidth(header ? 0.8f : 0.3f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
        return true;
    }

    private PdfWriter lines(String text, float size, float after) {
        try {
            for (String line : wrap(text, size)) {
                float leading = size * 1.5f;
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= after;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks between words of Latin text and between any two CJK characters, to fit the page width. */
    List<String> wrap(String text, float size) throws IOException {
        return wrap(text, size, WIDTH);
    }

    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(printable(text.replace('\t', ' ')))) {
            String candidate = line + token;
            if (line.length() > 0 && width(candidate, size) > maxWidth) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(token.isBlank() ? "" : token);
            } else {
                line.append(token);
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** The text with every character the font cannot show replaced by a question mark. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean cjk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp < 0x3100
                    || cp >= 0xFF00 && cp < 0xFFF0;
            if (cjk || cp == ' ') {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The document, each page numbered at its foot ("2 / 5"). */
    public byte[] toBytes() {
        try {
            content.close();
            int pages = document.getNumberOfPages();
            for (int n = 1; n <= pages; n++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(n - 1),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String label = n + " / " + pages;
                    foot.beginText();
                    foot.setFont(font, 9);
                    foot.newLineAtOffset((PDRectangle.A4.getWidth() - width(label, 9)) / 2, MARGIN / 2);
                    foot.showText(label);
                    foot.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
