package org.ciip.obligations.program;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The periods Chapter III's duties are counted with, from the versioned reference data in table
 * {@code compliance_parameter} (migration V15, with their sources): the same values the compliance engine counts
 * with, so that the program page and the compliance page agree.
 */
@Component
public class ProgramPeriods {

    /**
     * @param dueSoonDays      a duty falling due within this many days is due soon (at risk)
     * @param assessmentMonths Art. 17: the detection and risk assessment at least this often
     * @param activityMonths   Art. 15(3), 15(5): drills and training this often, unless a department set another
     */
    public record Periods(int dueSoonDays, int assessmentMonths, int activityMonths) {
    }

    private final JdbcClient jdbc;

    ProgramPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Periods current() {
        Map<String, Integer> values = new HashMap<>();
        jdbc.sql("""
                select distinct on (key) key, value from compliance_parameter
                where key in ('AT_RISK_WINDOW', 'ASSESSMENT_INTERVAL', 'ACTIVITY_INTERVAL') order by key, version desc""")
                .query(rs -> {
                    values.put(rs.getString("key"), rs.getInt("value"));
                });
        return new Periods(values.get("AT_RISK_WINDOW"), values.get("ASSESSMENT_INTERVAL"),
                values.get("ACTIVITY_INTERVAL"));
    }
}
