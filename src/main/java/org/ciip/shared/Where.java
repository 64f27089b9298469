package org.ciip.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query, built from typed filters instead of string concatenation: each condition is SQL
 * text written in a repository (never text a client sent) with its named parameters, and an empty filter value adds
 * no condition. Starts from the caller's jurisdiction, so no list forgets it.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private Where() {
    }

    /** A clause that keeps what {@code scope} allows, and only that. */
    /** A LIKE pattern matching {@code text} anywhere, its own {@code \\}, {@code %} and {@code _} taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static Where within(SqlPredicate scope) {
        return new Where().and(scope);
    }

    public Where and(SqlPredicate predicate) {
        conditions.add(predicate.sql());
        params.putAll(predicate.params());
        return this;
    }

    /** {@code column = :param}, when a value is given (not null, not blank). */
    public Where equal(String column, String param, Object value) {
        if (present(value)) {
            conditions.add(column + " = :" + param);
            params.put(param, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** A fixed condition, when {@code applies}. */
    public Where when(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /** A condition with one parameter, when the value is given (not null, not blank, not an empty collection). */
    public Where when(Object value, String condition, String param) {
        if (present(value)) {
            conditions.add(condition);
            params.put(param, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** A parameter that the query's other clauses use (a join, a select column). */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank())
                && !(value instanceof Collection<?> collection && collection.isEmpty());
    }

    /** The conditions joined by {@code and}; {@code true} when there are none. */
    public String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return java.util.Collections.unmodifiableMap(params);
    }
}
