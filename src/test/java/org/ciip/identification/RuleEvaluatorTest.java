package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ciip.identification.RuleDefinition.Criterion;
import org.ciip.identification.RuleDefinition.DecisionMethod;
import org.ciip.identification.RuleDefinition.Factor;
import org.ciip.identification.RuleDefinition.Level;
import org.ciip.shared.api.Validation;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private static final List<Level> LEVELS = List.of(new Level(1, "低", "Low"), new Level(2, "中", "Medium"),
            new Level(3, "高", "High"), new Level(4, "极高", "Very high"));

    static RuleDefinition rule(DecisionMethod method, Integer threshold, int wImportance, int wHarm, int wCross) {
        return new RuleDefinition(LEVELS, List.of(
                new Factor(FactorKey.IMPORTANCE, wImportance, List.of(
                        new Criterion("share", "业务占比", "Share of the sector's core business"),
                        new Criterion("users", "服务用户数", "Users served"))),
                new Factor(FactorKey.HARM, wHarm, List.of(new Criterion("outage", "中断影响", "Harm of an outage"))),
                new Factor(FactorKey.CROSS_SECTOR_IMPACT, wCross,
                        List.of(new Criterion("dependents", "依赖行业", "Sectors depending on it")))),
                method, threshold);
    }

    private static Map<String, Integer> ratings(int share, int users, int outage, int dependents) {
        return Map.of("share", share, "users", users, "outage", outage, "dependents", dependents);
    }

    @Test
    void anyFactorAtTheHighestLevelMakesTheRecommendationCii() {
        var result = RuleEvaluator.evaluate(rule(DecisionMethod.ANY_FACTOR_HIGHEST, null, 0, 0, 0),
                ratings(1, 2, 4, 1));
        assertThat(result.recommendation()).isEqualTo("CII");
        assertThat(result.factorLevels()).containsEntry(FactorKey.HARM, 4).containsEntry(FactorKey.IMPORTANCE, 2);
        assertThat(result.reasons()).containsExactly("HARM (Art. 9(2)) reached the highest level, Very high");
        assertThat(result.score()).isNull();
    }

    @Test
    void aFactorTakesTheHighestLevelOfItsCriteria() {
        var result = RuleEvaluator.evaluate(rule(DecisionMethod.ANY_FACTOR_HIGHEST, null, 0, 0, 0),
                ratings(1, 4, 1, 1));
        assertThat(result.factorLevels()).containsEntry(FactorKey.IMPORTANCE, 4);
        assertThat(result.recommendation()).isEqualTo("CII");
    }

    @Test
    void noFactorAtTheHighestLevelRecommendsNotCii() {
        var result = RuleEvaluator.evaluate(rule(DecisionMethod.ANY_FACTOR_HIGHEST, null, 0, 0, 0),
                ratings(3, 3, 3, 3));
        assertThat(result.recommendation()).isEqualTo("NOT_CII");
        assertThat(result.reasons()).containsExactly("No factor reached the highest level, Very high");
    }

    @Test
    void theWeightedScoreReachingTheThresholdRecommendsCii() {
        // importance 3/4 × 50 = 37.5; harm 2/4 × 30 = 15; cross-sector 2/4 × 20 = 10 → 62.5
        var result = RuleEvaluator.evaluate(rule(DecisionMethod.WEIGHTED_SCORE, 60, 50, 30, 20), ratings(3, 1, 2, 2));
        assertThat(result.score()).isEqualTo(62.5);
        assertThat(result.recommendation()).isEqualTo("CII");
        assertThat(result.reasons()).last().isEqualTo("Score 62.5 reaches the threshold 60");
    }

    @Test
    void aScoreExactlyAtTheThresholdIsCiiAndJustBelowIsNot() {
        RuleDefinition at = rule(DecisionMethod.WEIGHTED_SCORE, 50, 50, 30, 20);
        assertThat(RuleEvaluator.evaluate(at, ratings(2, 1, 2, 2)).score()).isEqualTo(50.0);
        assertThat(RuleEvaluator.evaluate(at, ratings(2, 1, 2, 2)).recommendation()).isEqualTo("CII");
        assertThat(RuleEvaluator.evaluate(at, ratings(2, 1, 2, 1)).score()).isEqualTo(45.0);
        assertThat(RuleEvaluator.evaluate(at, ratings(2, 1, 2, 1)).recommendation()).isEqualTo("NOT_CII");
    }

    @Test
    void aDefinitionMissingAFactorOrWithWeightsNotAddingUpIsRefused() {
        Validation v = new Validation();
        RuleDefinition.validate(new RuleDefinition(LEVELS, List.of(new Factor(FactorKey.HARM, 100,
                List.of(new Criterion("x", "x", "x")))), DecisionMethod.ANY_FACTOR_HIGHEST, null), v, "");
        assertThat(v.problems()).extracting(p -> p.field()).containsExactly("factors");

        Validation weights = new Validation();
        RuleDefinition.validate(rule(DecisionMethod.WEIGHTED_SCORE, 60, 50, 30, 30), weights, "definition.");
        assertThat(weights.problems()).extracting(p -> p.field()).containsExactly("definition.factors");

        Validation levels = new Validation();
        RuleDefinition.validate(new RuleDefinition(List.of(new Level(1, "低", "Low")), rule(
                DecisionMethod.ANY_FACTOR_HIGHEST, null, 0, 0, 0).factors(), DecisionMethod.ANY_FACTOR_HIGHEST, null),
                levels, "");
        assertThat(levels.problems()).extracting(p -> p.field()).containsExactly("levels");
    }

    @Test
    void ratingsMustCoverEveryCriterionWithALevelOfTheScale() {
        Validation v = new Validation();
        rule(DecisionMethod.ANY_FACTOR_HIGHEST, null, 0, 0, 0).validateRatings(
                Map.of("share", 5, "users", 1, "outage", 2, "bogus", 1), v, "ratings.");
        assertThat(v.problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("ratings.share", "ratings.dependents", "ratings.bogus");
    }
}
