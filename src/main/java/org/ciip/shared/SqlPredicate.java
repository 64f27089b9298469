package org.ciip.shared;

import java.util.Map;

/** A SQL boolean expression with its named parameters, to be added to a query's WHERE clause. */
public record SqlPredicate(String sql, Map<String, Object> params) {

    public static final SqlPredicate NONE = new SqlPredicate("false", Map.of());
    public static final SqlPredicate ALL = new SqlPredicate("true", Map.of());
}
