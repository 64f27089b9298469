package org.ciip.shared.web;

import java.math.BigDecimal;
import java.util.List;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;

/** Numbers typed into forms: empty is null; anything else that is not a number is a 400 naming the field. */
public final class FormValues {

    private FormValues() {
    }

    /** An amount, with thousands separators allowed: "200,000" is 200000. */
    public static BigDecimal amount(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw notANumber(field);
        }
    }

    public static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw notANumber(field);
        }
    }

    private static ApiException notANumber(String field) {
        return ApiException.invalid(List.of(new FieldProblem(field, "is not a number", null, "validation.number",
                List.of())));
    }
}
