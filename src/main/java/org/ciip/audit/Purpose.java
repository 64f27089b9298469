package org.ciip.audit;

import java.util.List;

/**
 * Why a regulator or service agency opens an operator's protected records (Art. 30, 46): the case, incident, warning,
 * inspection, identification or assessment it works on, found automatically where the record belongs to one, or a
 * purpose it states (a code from {@link #STATED_CODES} and a note).
 *
 * @param kind      CASE, INCIDENT, WARNING, INSPECTION, IDENTIFICATION, ASSESSMENT or STATED
 * @param reference what the purpose names: a case number, an incident id; null for a stated purpose
 * @param code      for a stated purpose, its code
 * @param note      for a stated purpose, the reader's words
 */
public record Purpose(String kind, String reference, String code, String note) implements java.io.Serializable {

    /** The purposes a reader may state when no case, incident or other record stands behind the read. */
    public static final List<String> STATED_CODES = List.of("SUPERVISION", "INSPECTION", "INCIDENT_RESPONSE",
            "EARLY_WARNING", "IDENTIFICATION", "ENFORCEMENT", "ASSESSMENT");

    public static Purpose of(String kind, Object reference) {
        return new Purpose(kind, reference == null ? null : reference.toString(), null, null);
    }

    public static Purpose stated(String code, String note) {
        return new Purpose("STATED", null, code, note);
    }

    public boolean stated() {
        return "STATED".equals(kind);
    }

    /** As the audit trail and the access page write it: "CASE ENF-2026-000001", "STATED SUPERVISION: ...". */
    public String text() {
        return stated() ? "STATED " + code + ": " + note : kind + " " + reference;
    }
}
