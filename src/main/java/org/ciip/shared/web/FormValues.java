package org.ciip.shared.web;

import java.math.BigDecimal;
import java.util.List;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;

/** Numbers and dates typed into forms: empty is null; anything else that is not a number is a 400 naming the field. */
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

    /** A date as a date input sends it (YYYY-MM-DD). */
    public static java.time.LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid(List.of(new FieldProblem(field, "is not a date", null, "validation.date",
                    List.of())));
        }
    }

    /**
     * A date and time as a datetime-local input sends it, read in Beijing time (legal time); a value that is none is
     * added to {@code problems} as a problem of {@code field}, and answered as null.
     */
    public static java.time.Instant beijingTime(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(value.trim()).atZone(org.ciip.shared.LegalTime.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "is not a date and time", null, "validation.dateTime", List.of()));
            return null;
        }
    }

    private static ApiException notANumber(String field) {
        return ApiException.invalid(List.of(new FieldProblem(field, "is not a number", null, "validation.number",
                List.of())));
    }
}
