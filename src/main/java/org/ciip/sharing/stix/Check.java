package org.ciip.sharing.stix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ciip.sharing.stix.pattern.StixPattern;

/**
 * The MUSTs of STIX 2.1 (OASIS, part 3 and 4) that an object's properties are checked against; each failure names the
 * property. Objects call it from their {@code check} method with their own required and typed properties.
 */
public final class Check {

    /** A STIX identifier: the object type, two hyphens, an RFC 4122 UUID (part 2.9). */
    static final Pattern IDENTIFIER = Pattern.compile(
            "^([a-z0-9][a-z0-9-]{1,248}[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    /** Names of custom properties (part 11.1). */
    static final Pattern PROPERTY_NAME = Pattern.compile("^[a-z0-9_]{3,250}$");

    private final List<Violation> violations = new ArrayList<>();

    /** A property that breaks a MUST, and how. */
    public record Violation(String property, String message) {

        @Override
        public String toString() {
            return property + ": " + message;
        }
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    public Check fail(String property, String message) {
        violations.add(new Violation(property, message));
        return this;
    }

    public Check required(String property, Object value) {
        if (value == null) {
            fail(property, "is required");
        } else if (value instanceof String s && s.isEmpty()) {
            fail(property, "must not be empty");
        }
        return this;
    }

    /** Lists in STIX are never empty when present (part 2.8). */
    public Check list(String property, Collection<?> values) {
        if (values != null && values.isEmpty()) {
            fail(property, "must not be an empty list");
        }
        return this;
    }

    public Check requiredList(String property, Collection<?> values) {
        return values == null ? fail(property, "is required") : list(property, values);
    }

    /** Dictionaries in STIX have at least one key (part 2.6). */
    public Check dictionary(String property, Map<String, ?> values) {
        if (values != null && values.isEmpty()) {
            fail(property, "must have at least one key");
        }
        return this;
    }

    public Check timestamp(String property, String value) {
        if (value != null && parse(value) == null) {
            fail(property, "must be an RFC 3339 timestamp in UTC, like 2026-12-02T08:00:00.000Z");
        }
        return this;
    }

    public Check millisecondTimestamp(String property, String value) {
        timestamp(property, value);
        if (value != null && parse(value) != null && (value.length() < 24 || value.charAt(19) != '.')) {
            fail(property, "must be precise to the millisecond, like 2026-12-02T08:00:00.000Z");
        }
        return this;
    }

    /** {@code later} is not before {@code earlier} (both already checked as timestamps). */
    public Check notBefore(String laterProperty, String later, String earlierProperty, String earlier) {
        Instant l = later == null ? null : parse(later);
        Instant e = earlier == null ? null : parse(earlier);
        if (l != null && e != null && l.isBefore(e)) {
            fail(laterProperty, "must not be before " + earlierProperty);
        }
        return this;
    }

    /** {@code later} is after {@code earlier}. */
    public Check after(String laterProperty, String later, String earlierProperty, String earlier) {
        Instant l = later == null ? null : parse(later);
        Instant e = earlier == null ? null : parse(earlier);
        if (l != null && e != null && !l.isAfter(e)) {
            fail(laterProperty, "must be after " + earlierProperty);
        }
        return this;
    }

    /** A reference to an object of one of {@code types} (any type when none is named). */
    public Check ref(String property, String value, String... types) {
        if (value == null) {
            return this;
        }
        var matcher = IDENTIFIER.matcher(value);
        if (!matcher.matches()) {
            return fail(property, "must be a STIX identifier (type--UUID), not " + quoted(value));
        }
        if (types.length > 0 && !List.of(types).contains(matcher.group(1))) {
            fail(property, "must refer to " + String.join(" or ", types) + ", not " + matcher.group(1));
        }
        return this;
    }

    public Check refs(String property, List<String> values, String... types) {
        list(property, values);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                ref(property + "[" + i + "]", values.get(i), types);
            }
        }
        return this;
    }

    public Check range(String property, Number value, long min, long max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            fail(property, "must be between " + min + " and " + max);
        }
        return this;
    }

    public Check oneOf(String property, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(property, "must be one of " + String.join(", ", allowed));
        }
        return this;
    }

    /** At least one of the named properties is present. */
    public Check atLeastOne(String properties, Object... values) {
        for (Object value : values) {
            if (value != null) {
                return this;
            }
        }
        return fail(properties, "at least one of them is required");
    }

    /** A STIX pattern (part 9) parses, where the indicator says it is one. */
    public Check stixPattern(String property, String pattern, String patternType) {
        if (pattern != null && "stix".equals(patternType)) {
            StixPattern.check(pattern).problem().ifPresent(p -> fail(property, p.toString()));
        }
        return this;
    }

    public Check kill(String property, List<StixTypes.KillChainPhase> phases) {
        list(property, phases);
        if (phases != null) {
            for (int i = 0; i < phases.size(); i++) {
                phases.get(i).check(this, property + "[" + i + "]");
            }
        }
        return this;
    }

    /**
     * Parses a STIX timestamp ({@code YYYY-MM-DDTHH:MM:SS[.s+]Z}), or answers null; read field by field, as
     * {@link Instant#parse} builds a formatter per call and would dominate the reading of a large bundle.
     */
    public static Instant parse(String value) {
        int n = value.length();
        if (n < 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (value.charAt(19) != '.' || n == 21) {
                return null;
            }
            for (int i = 20; i < n - 1; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                if (i < 29) {
                    nanos = nanos * 10 + (c - '0');
                }
            }
            for (int i = Math.min(n - 1, 29); i < 29; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 60) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59), nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the digits at [from, to) write, or -1 when one is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static String quoted(String value) {
        return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
    }
}
