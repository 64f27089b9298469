package org.ciip.sharing.stix.pattern;

/**
 * Why a STIX pattern does not parse, and where: {@code position} counts characters from 1. {@code code} names the kind
 * of problem for readers in either language; {@code detail} is the pattern's own text (a token, a type) it is about.
 */
public record PatternProblem(Code code, int position, String detail) {

    public enum Code {
        /** A character no token starts with. */
        UNEXPECTED_CHARACTER,
        /** A quoted literal not closed before the end. */
        UNTERMINATED_STRING,
        /** Something else where the grammar wants a certain token. */
        EXPECTED,
        /** Text after a complete pattern. */
        TRAILING,
        /** An object type or property name that is not one. */
        BAD_NAME,
        /** Comparisons joined by AND inside one observation refer to different object types. */
        MIXED_TYPES,
        /** A t'...' literal that is not an RFC 3339 timestamp in UTC. */
        BAD_TIMESTAMP,
        /** An h'...' or b'...' literal that is not hex or base64. */
        BAD_BINARY,
        /** A MATCHES literal that is not a regular expression. */
        BAD_REGEX,
        /** A qualifier's number or times out of range (START after STOP, WITHIN 0). */
        BAD_QUALIFIER
    }

    @Override
    public String toString() {
        return switch (code) {
            case UNEXPECTED_CHARACTER -> "unexpected character " + detail + " at " + position;
            case UNTERMINATED_STRING -> "the quoted text starting at " + position + " is not closed";
            case EXPECTED -> "expected " + detail + " at " + position;
            case TRAILING -> "unexpected " + detail + " at " + position + " after a complete pattern";
            case BAD_NAME -> detail + " at " + position + " is not a valid name";
            case MIXED_TYPES -> "comparisons joined by AND must all test the same object type (" + detail + ") at "
                    + position;
            case BAD_TIMESTAMP -> detail + " at " + position + " is not a timestamp like t'2026-12-02T08:00:00Z'";
            case BAD_BINARY -> detail + " at " + position + " is not valid hex or base64";
            case BAD_REGEX -> "the regular expression at " + position + " does not compile: " + detail;
            case BAD_QUALIFIER -> "the qualifier at " + position + " " + detail;
        };
    }
}
