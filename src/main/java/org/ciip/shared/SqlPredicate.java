package org.ciip.shared;

import java.util.Map;

/** A SQL boolean expression with its named parameters, to be added to a query's WHERE clause. */
public record SqlPredicate(String sql, Map<String, Object> params) {

    public static final SqlPredicate NONE = new SqlPredicate("false", Map.of());
    public static final SqlPredicate ALL = new SqlPredicate("true", Map.of());

    /** Either predicate; parameters of the same name must carry the same value (they come from one jurisdiction). */
    public SqlPredicate or(SqlPredicate other) {
        if (this == ALL || other == NONE) {
            return this;
        }
        if (other == ALL || this == NONE) {
            return other;
        }
        java.util.Map<String, Object> merged = new java.util.HashMap<>(params);
        merged.putAll(other.params);
        return new SqlPredicate("(" + sql + " or " + other.sql + ")", Map.copyOf(merged));
    }
}
