package org.ciip.sharing.stix;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    /** An RFC 3339 timestamp in UTC with an upper-case Z (part 2.14). */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?Z$");
    /** {@code created} and {@code modified} are precise to the millisecond at least (part 3.2). */
    private static final Pattern MILLIS = Pattern.compile("\\.[0-9]{3,}Z$");
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
        if (value != null && parse(value) != null && !MILLIS.matcher(value).find()) {
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

    /** Parses a STIX timestamp, or answers null. */
    public static Instant parse(String value) {
        if (!TIMESTAMP.matcher(value).matches()) {
            return null;
        }
        try {
            return Instant.parse(value.contains(":60") ? value.replace(":60", ":59") : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String quoted(String value) {
        return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
    }
}
