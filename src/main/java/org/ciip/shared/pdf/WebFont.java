package org.ciip.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK font CIIP carries, for web pages: browsers do not load a font collection (the {@code .ttc} the PDFs embed
 * from), so its one font is written out as a TrueType font of its CJK characters (Apache FontBox's subsetter), once,
 * on first use.
 */
public final class WebFont {

    /** The ranges the style sheet asks this font for (its {@code unicode-range}). */
    static final int[][] RANGES = {{0x2E80, 0x2FFF}, {0x3000, 0x303F}, {0x3100, 0x312F}, {0x3200, 0x33FF},
            {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF}};

    private WebFont() {
    }

    private static final class Holder {
        static final byte[] TRUE_TYPE = write();
    }

    /** The font as TrueType bytes. */
    public static byte[] trueType() {
        return Holder.TRUE_TYPE;
    }

    private static byte[] write() {
        try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(PdfWriter.fontBytes()))) {
            TrueTypeFont font = collection.getFontByName(PdfWriter.FONT_NAME);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> characters = new HashSet<>();
            for (int[] range : RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    if (cmap.getGlyphId(c) != 0) {
                        characters.add(c);
                    }
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(characters);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
