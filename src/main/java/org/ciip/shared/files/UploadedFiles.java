package org.ciip.shared.files;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The files CIIP accepts as evidence and documents: their types by extension, and whether the bytes are what the
 * extension says (by their signature; text: UTF-8 without NUL bytes).
 */
public final class UploadedFiles {

    /** The extensions accepted, with the content type each is served as. */
    public static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip", "application/zip",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8");

    private UploadedFiles() {
    }

    /** Whether the bytes are what the extension says, by their signature (text: UTF-8 without NUL bytes). */
    public static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "zip", "docx", "xlsx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04});
            case "txt", "csv" -> isUtf8Text(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }}
