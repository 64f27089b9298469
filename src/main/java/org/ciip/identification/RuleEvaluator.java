package org.ciip.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a department's ratings into the rule's recommendation (Art. 9-10). Plain functions, no state. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /** Ratings must have been checked with {@link RuleDefinition#validateRatings}. */
    public static Evaluation evaluate(RuleDefinition rule, Map<String, Integer> ratings) {
        Map<FactorKey, Integer> levels = rule.factorLevels(ratings);
        int highest = rule.highestLevel();
        List<String> reasons = new ArrayList<>();
        if (rule.method() == RuleDefinition.DecisionMethod.ANY_FACTOR_HIGHEST) {
            levels.forEach((factor, level) -> {
                if (level == highest) {
                    reasons.add(factor + " (Art. " + factor.article() + ") reached the highest level, "
                            + rule.level(level).nameEn());
                }
            });
            boolean cii = levels.containsValue(highest);
            if (!cii) {
                reasons.add("No factor reached the highest level, " + rule.level(highest).nameEn());
            }
            return new Evaluation(cii ? "CII" : "NOT_CII", levels, null, reasons);
        }
        double score = 0;
        for (RuleDefinition.Factor f : rule.factors()) {
            double share = f.weight() * (double) levels.get(f.key()) / highest;
            score += share;
            reasons.add(String.format(java.util.Locale.ROOT, "%s (Art. %s): level %d of %d × weight %d = %.1f",
                    f.key(), f.key().article(), levels.get(f.key()), highest, f.weight(), share));
        }
        double rounded = Math.round(score * 10) / 10.0;
        boolean cii = rounded >= rule.threshold();
        reasons.add(String.format(java.util.Locale.ROOT, "Score %.1f %s threshold %d", rounded,
                cii ? "reaches the" : "is below the", rule.threshold()));
        return new Evaluation(cii ? "CII" : "NOT_CII", levels, rounded, reasons);
    }

    /**
     * @param recommendation CII or NOT_CII
     * @param score          the weighted score, for that method only
     */
    public record Evaluation(String recommendation, Map<FactorKey, Integer> factorLevels, Double score,
            List<String> reasons) {
    }
}
