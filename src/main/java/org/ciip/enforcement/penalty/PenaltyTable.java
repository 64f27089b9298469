package org.ciip.enforcement.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ciip.enforcement.PenaltyRanges;
import org.ciip.shared.Expiring;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The penalty table as shipped in migration V15 (table {@code penalty_range}); the newest version of each row. The
 * rows are read once a minute at most: a dashboard words many breaches, each with its consequence.
 */
@Service
class PenaltyTable implements PenaltyRanges {

    private final JdbcClient jdbc;
    private final Expiring<Map<String, PenaltyRule>> rules;

    PenaltyTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.rules = new Expiring<>(this::load, Duration.ofMinutes(1), clock);
    }

    @Override
    public Consequence consequence(String article, BigDecimal purchaseAmount, Locale locale) {
        String asked = article == null ? "" : article.replace(" ", "");
        PenaltyRule rule = rules().get(PenaltyRule.tableArticle(asked));
        if (rule == null) {
            throw ApiException.invalid(List.of(new FieldProblem("article", "is not an article of Chapter V with a "
                    + "consequence: one of 39, 39(1) to 39(10), 40, 41, 42, 43, 43(3), 45", null,
                    "validation.penaltyArticle", List.of())));
        }
        FieldProblem amountProblem = rule.amountProblem(purchaseAmount);
        if (amountProblem != null) {
            throw ApiException.invalid(List.of(amountProblem));
        }
        return rule.consequence(asked, purchaseAmount, locale);
    }

    /** Every article's rule, newest version. */
    Map<String, PenaltyRule> rules() {
        return rules.get();
    }

    private Map<String, PenaltyRule> load() {
        return jdbc.sql("""
                select distinct on (article) article, version, unit_min, unit_max, unit_multiple_min,
                    unit_multiple_max, person_min, person_max, notes_en, notes_zh, source
                from penalty_range order by article, version desc""")
                .query((rs, n) -> new PenaltyRule(rs.getString("article"), rs.getInt("version"),
                        rs.getBigDecimal("unit_min"), rs.getBigDecimal("unit_max"),
                        rs.getBigDecimal("unit_multiple_min"), rs.getBigDecimal("unit_multiple_max"),
                        rs.getBigDecimal("person_min"), rs.getBigDecimal("person_max"), rs.getString("notes_en"),
                        rs.getString("notes_zh"), rs.getString("source")))
                .list().stream().collect(Collectors.toMap(PenaltyRule::article, Function.identity()));
    }
}
