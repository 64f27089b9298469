package org.ciip.incident;

import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the reporting rule sets (tables reporting_rule_set, reporting_rule); the one CIIP applies is {@code ciip.incident.rule-set} (default CN-2025). */
@Repository
class ReportingRuleSets {

    record RuleSet(UUID id, String code, String name, String source, List<ReportingRule> rules) {

        /** The rules that apply to an incident of this operator class and grade, in their order. */
        List<ReportingRule> applicable(String operatorClass, Grade grade) {
            return rules.stream().filter(r -> r.appliesTo(operatorClass, grade)).toList();
        }
    }

    private final JdbcClient jdbc;
    private final String defaultCode;
    private final org.ciip.shared.Expiring<RuleSet> current;

    ReportingRuleSets(JdbcClient jdbc, @Value("${ciip.incident.rule-set:CN-2025}") String defaultCode,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.defaultCode = defaultCode;
        this.current = new org.ciip.shared.Expiring<>(() -> load(defaultCode), java.time.Duration.ofSeconds(60), clock);
    }

    /** The rule set CIIP applies, read again at most every minute. */
    RuleSet current() {
        return current.get();
    }

    /** The active rule set with this code. */
    RuleSet load(String code) {
        return head("code = :code and active", code);
    }

    /**
     * The rule set with this code, active or not: the one an incident was filed under keeps counting its later clocks
     * (a supplement that raises the grade, the end of handling) after another set replaced it.
     */
    RuleSet byCode(String code) {
        return head("code = :code", code);
    }

    private RuleSet head(String condition, String code) {
        record Head(UUID id, String name, String source) {
        }
        Head head = jdbc.sql("select id, name, source from reporting_rule_set where " + condition)
                .param("code", code).query((rs, n) -> new Head(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getString(3))).single();
        return new RuleSet(head.id(), code, head.name(), head.source(), rules(head.id()));
    }

    private List<ReportingRule> rules(UUID ruleSet) {
        return jdbc.sql("select * from reporting_rule where rule_set_id = :id order by position").param("id", ruleSet)
                .query((rs, n) -> new ReportingRule(rs.getInt("position"), rs.getString("operator_class"),
                        Grade.valueOf(rs.getString("min_grade")), rs.getString("obligation_kind"),
                        rs.getString("obliged"), rs.getString("recipient"), rs.getInt("due_amount"),
                        rs.getString("due_unit"), rs.getString("clock_start"), rs.getString("article")))
                .list();
    }
}
