package org.ciip.shared.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a request before anything is written, then refuses the request with all of them. Each
 * problem has an English message for the API and a message code for the UI ({@code validation.*} in the bundles).
 */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation require(boolean condition, String field, String code, String message, Object... args) {
        if (!condition) {
            add(field, code, message, args);
        }
        return this;
    }

    public Validation add(String field, String code, String message, Object... args) {
        problems.add(new FieldProblem(field, message, null, code, List.of(args)));
        return this;
    }

    /** Requires a non-blank text of at most {@code max} characters; answers whether it was given. */
    public boolean requireText(String value, String field, int max) {
        if (isBlank(value)) {
            add(field, "validation.required", "is required");
            return false;
        }
        optionalText(value, field, max);
        return true;
    }

    public void optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong", "must be at most " + max + " characters", max);
        }
    }

    /** Requires the date something happened: given, and not after {@code today}. */
    public void requirePastDate(LocalDate date, String field, LocalDate today) {
        if (date == null) {
            add(field, "validation.required", "is required");
        } else {
            notInFuture(date, field, today);
        }
    }

    /** An optional date of something that happened: when given, not after {@code today}. */
    public void notInFuture(LocalDate date, String field, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            add(field, "validation.notInFuture", "cannot be in the future");
        }
    }

    /**
     * A range of dates a list is filtered by: each within the dates a record of CII can carry (1949 to 2100), and
     * {@code to} not before {@code from}; either may be null.
     */
    public void dateRange(LocalDate from, String fromField, LocalDate to, String toField) {
        for (var date : new Object[][] {{from, fromField}, {to, toField}}) {
            LocalDate d = (LocalDate) date[0];
            if (d != null && (d.isBefore(PlausibleJson.EARLIEST) || d.isAfter(PlausibleJson.LATEST))) {
                add((String) date[1], "validation.range", "must be between " + PlausibleJson.EARLIEST + " and "
                        + PlausibleJson.LATEST, PlausibleJson.EARLIEST.toString(), PlausibleJson.LATEST.toString());
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            add(toField, "validation.notBeforeFrom", "must not be before " + fromField);
        }
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or null for a missing or blank one: how optional text fields are stored. */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    /**
     * The constant of {@code type} a filter names, or null when it names none (missing or blank); a name that is no
     * constant is a 400 naming {@code parameter} and the names it may take.
     */
    public static <E extends Enum<E>> E filter(Class<E> type, String name, String parameter) {
        if (isBlank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, "must be one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
