package org.ciip.identification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ciip.shared.api.Validation;

/**
 * What an identification rule says (Art. 9): a scale of levels the department defines, the criteria of each of the
 * three factors, and the decision method that turns ratings into a recommendation.
 *
 * @param threshold for {@link DecisionMethod#WEIGHTED_SCORE}: the score (0-100) from which an asset is CII
 */
public record RuleDefinition(List<Level> levels, List<Factor> factors, DecisionMethod method, Integer threshold) {

    public enum DecisionMethod {
        /** CII when any factor reaches the highest level. */
        ANY_FACTOR_HIGHEST,
        /** CII when the weighted score of the factors reaches the threshold. */
        WEIGHTED_SCORE
    }

    public record Level(Integer value, String nameZh, String nameEn) {
    }

    public record Criterion(String key, String nameZh, String nameEn) {
    }

    /** @param weight for the weighted method: the factor's share of 100 */
    public record Factor(FactorKey key, Integer weight, List<Criterion> criteria) {
    }

    public int highestLevel() {
        return levels.stream().mapToInt(Level::value).max().orElse(0);
    }

    public Level level(int value) {
        return levels.stream().filter(l -> l.value() == value).findFirst().orElse(null);
    }

    /** Checks the whole definition, naming each field at fault (as JSON paths under {@code prefix}). */
    public static void validate(RuleDefinition d, Validation v, String prefix) {
        if (d == null) {
            v.add(prefix, "validation.required", "is required");
            return;
        }
        List<Level> levels = d.levels() == null ? List.of() : d.levels();
        if (levels.size() < 2 || levels.size() > 6) {
            v.add(prefix + "levels", "validation.ruleLevels", "must define 2 to 6 levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l.value() == null || l.value() != i + 1) {
                v.add(prefix + "levels[" + i + "].value", "validation.ruleLevelValue",
                        "must be " + (i + 1) + ": levels are numbered from 1, lowest first", i + 1);
            }
            v.requireText(l.nameZh(), prefix + "levels[" + i + "].nameZh", 100);
            v.requireText(l.nameEn(), prefix + "levels[" + i + "].nameEn", 100);
        }
        List<Factor> factors = d.factors() == null ? List.of() : d.factors();
        Set<FactorKey> seen = EnumSet.noneOf(FactorKey.class);
        Set<String> criterionKeys = new HashSet<>();
        int weights = 0;
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            String path = prefix + "factors[" + i + "]";
            if (f.key() == null || !seen.add(f.key())) {
                v.add(path + ".key", "validation.ruleFactorKey", "must be each of the three factors of Art. 9 once");
            }
            List<Criterion> criteria = f.criteria() == null ? List.of() : f.criteria();
            if (criteria.isEmpty()) {
                v.add(path + ".criteria", "validation.ruleCriteria", "needs at least one criterion");
            }
            for (int j = 0; j < criteria.size(); j++) {
                Criterion c = criteria.get(j);
                String cpath = path + ".criteria[" + j + "]";
                if (Validation.isBlank(c.key()) || !c.key().matches("[A-Za-z0-9_-]{1,40}")) {
                    v.add(cpath + ".key", "validation.ruleCriterionKey", "must be 1-40 letters, digits, - or _");
                } else if (!criterionKeys.add(c.key())) {
                    v.add(cpath + ".key", "validation.ruleCriterionKeyTaken", "is used by another criterion");
                }
                v.requireText(c.nameZh(), cpath + ".nameZh", 200);
                v.requireText(c.nameEn(), cpath + ".nameEn", 200);
            }
            if (d.method() == DecisionMethod.WEIGHTED_SCORE) {
                if (f.weight() == null || f.weight() < 0 || f.weight() > 100) {
                    v.add(path + ".weight", "validation.range", "must be between 0 and 100", 0, 100);
                } else {
                    weights += f.weight();
                }
            }
        }
        if (seen.size() != 3) {
            v.add(prefix + "factors", "validation.ruleFactors",
                    "must cover the three factors of Art. 9: IMPORTANCE, HARM, CROSS_SECTOR_IMPACT");
        }
        if (d.method() == null) {
            v.add(prefix + "method", "validation.required", "is required");
        } else if (d.method() == DecisionMethod.WEIGHTED_SCORE) {
            if (weights != 100 && !v.hasProblem(prefix + "factors")) {
                v.add(prefix + "factors", "validation.ruleWeights", "weights must add up to 100");
            }
            if (d.threshold() == null || d.threshold() < 1 || d.threshold() > 100) {
                v.add(prefix + "threshold", "validation.range", "must be between 1 and 100", 1, 100);
            }
        }
    }

    /** Checks that ratings give every criterion a level of the scale and nothing else. */
    public void validateRatings(Map<String, Integer> ratings, Validation v, String prefix) {
        Map<String, Integer> given = ratings == null ? Map.of() : ratings;
        Set<String> known = new HashSet<>();
        for (Factor f : factors) {
            for (Criterion c : f.criteria()) {
                known.add(c.key());
                Integer level = given.get(c.key());
                if (level == null) {
                    v.add(prefix + c.key(), "validation.ratingRequired", "needs a level");
                } else if (level(level) == null) {
                    v.add(prefix + c.key(), "validation.ratingLevel", "must be a level of the rule, 1 to "
                            + highestLevel(), highestLevel());
                }
            }
        }
        new ArrayList<>(given.keySet()).stream().filter(k -> !known.contains(k))
                .forEach(k -> v.add(prefix + k, "validation.ratingUnknown", "is not a criterion of this rule"));
    }

    /** The level a factor reached: the highest level among its criteria. */
    public Map<FactorKey, Integer> factorLevels(Map<String, Integer> ratings) {
        Map<FactorKey, Integer> levels = new LinkedHashMap<>();
        for (Factor f : factors) {
            levels.put(f.key(), f.criteria().stream().mapToInt(c -> ratings.get(c.key())).max().orElse(0));
        }
        return levels;
    }
}
