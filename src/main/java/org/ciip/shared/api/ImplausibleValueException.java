package org.ciip.shared.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that CIIP still refuses, with the reason the problem document gives for its field. */
final class ImplausibleValueException extends InvalidFormatException {

    private final String reason;

    ImplausibleValueException(JsonParser parser, String reason, Object value, Class<?> type) {
        super(parser, reason, value, type);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
