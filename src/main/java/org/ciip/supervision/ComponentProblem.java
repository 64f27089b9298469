package org.ciip.supervision;

/**
 * Why a software component cannot be used: the field it is about ({@code name}, {@code purl} or {@code cpe}), the
 * message key that says it in the reader's language, and the reason in English (the message) for API clients.
 */
final class ComponentProblem extends IllegalArgumentException {

    private final String field;
    private final String code;

    ComponentProblem(String field, String code, String reason) {
        super(reason);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
