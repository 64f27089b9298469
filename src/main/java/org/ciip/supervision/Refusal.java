package org.ciip.supervision;

/** A part of an inventory upload that was not used: where it is (a JSON pointer, a CSV line) and why (in English, for
 * API clients; {@link #code()} for the pages). */
public record Refusal(String location, String reason) {

    /** The message key of the reason, for the pages to say it in the reader's language. */
    public String code() {
        return codeOf(reason);
    }

    /** The message key of a reason the inventory reader gives for a component it cannot use. */
    public static String codeOf(String reason) {
        if (reason == null) {
            return "validation.component";
        }
        if (reason.startsWith("has no name")) {
            return "validation.componentName";
        }
        if (reason.contains("too long")) {
            return "validation.componentTooLong";
        }
        if (reason.startsWith("is not a package URL")) {
            return "validation.purl";
        }
        if (reason.contains("CPE") || reason.startsWith("needs a part")) {
            return "validation.cpe";
        }
        return "validation.component";
    }
}
