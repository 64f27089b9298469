package org.ciip.compliance.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code compliance_parameter}: the versioned periods and windows the rules count with. */
@Repository
class ComplianceParameters {

    private final JdbcClient jdbc;

    ComplianceParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value of the newest version of each parameter, by key. */
    Map<String, Integer> current() {
        Map<String, Integer> values = new LinkedHashMap<>();
        jdbc.sql("select distinct on (key) key, value from compliance_parameter order by key, version desc")
                .query(rs -> {
                    values.put(rs.getString("key"), rs.getInt("value"));
                });
        return values;
    }

    /** The newest version of each parameter with its source, article and confirmation status. */
    List<Map<String, Object>> sources() {
        return jdbc.sql("""
                select distinct on (key) key, version, value, unit, article, source, confirmed, effective_from
                from compliance_parameter order by key, version desc""").query().listOfRows();
    }
}
