package org.ciip.enforcement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Choice;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.enforcement.LegalBases.Range;
import org.junit.jupiter.api.Test;

/** Which legal basis a penalty decision applies (Administrative Penalty Law, Art. 37), without Spring. */
class BasisRuleTest {

    static final LocalDate REGULATIONS = LocalDate.of(2021, 9, 1);
    static final LocalDate AMENDED_CSL = LocalDate.of(2026, 1, 1);

    static Range range(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    static Basis basis(String code, LocalDate from, Ground ground, Range unit, Range person) {
        return new Basis(code, 1, ground, code, code, "Art.", "条", from, unit, null, person, null, false,
                "CONFIRMED", "test");
    }

    static PenaltyBases.Row row(Basis basis, String... articles) {
        return new PenaltyBases.Row(basis, List.of(articles));
    }

    /** The rows of migration V38 for Art. 39, as they stand. */
    static final List<PenaltyBases.Row> TABLE = List.of(
            row(basis("DECREE_745_39", REGULATIONS, Ground.NONE, null, null), "39"),
            row(basis("DECREE_745_39", REGULATIONS, Ground.REFUSAL_OR_HARM, range(100_000, 1_000_000),
                    range(10_000, 100_000)), "39"),
            row(basis("CSL_2025_61_2", AMENDED_CSL, Ground.NONE, range(50_000, 100_000), null), "39", "40"),
            row(basis("CSL_2025_61_2", AMENDED_CSL, Ground.REFUSAL_OR_HARM, range(100_000, 1_000_000),
                    range(10_000, 100_000)), "39", "40"),
            row(basis("CSL_2025_61_3", AMENDED_CSL, Ground.SERIOUS_HARM, range(500_000, 2_000_000),
                    range(50_000, 200_000)), "39", "40"));

    Choice choose(Ground ground, LocalDate act, LocalDate decision) {
        return BasisRule.choose("39(9)", ground, act, decision, PenaltyBases.resolve("39(9)", ground, TABLE));
    }

    @Test
    void anActOnTheLastDayOf2025IsPunishedUnderTheRegulations() {
        Choice choice = choose(Ground.REFUSAL_OR_HARM, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1));
        assertThat(choice.pointed().code()).isEqualTo("DECREE_745_39");
        assertThat(choice.candidates()).extracting(Basis::code).containsExactly("DECREE_745_39", "CSL_2025_61_2");
        assertThat(choice.whyEn()).contains("2025-12-31").contains("Art. 37");
    }

    @Test
    void anActOnNewYearsDay2026IsPunishedUnderTheAmendedCybersecurityLaw() {
        Choice choice = choose(Ground.REFUSAL_OR_HARM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        assertThat(choice.pointed().code()).isEqualTo("CSL_2025_61_2");
        assertThat(choice.pointed().unit()).isEqualTo(range(100_000, 1_000_000));
    }

    @Test
    void withoutRefusalOrHarmTheRegulationsOnlyWarnButTheAmendedLawMayFine() {
        Choice before = choose(Ground.NONE, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1));
        assertThat(before.pointed().code()).isEqualTo("DECREE_745_39");
        assertThat(before.pointed().unit()).as("a warning only").isNull();
        Choice after = choose(Ground.NONE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(after.pointed().code()).isEqualTo("CSL_2025_61_2");
        assertThat(after.pointed().unit()).isEqualTo(range(50_000, 100_000));
    }

    @Test
    void seriousHarmBeforeTheAmendmentFallsBackToTheRefusalRangeOfTheRegulations() {
        Choice choice = choose(Ground.SERIOUS_HARM, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 1));
        assertThat(choice.pointed().code()).isEqualTo("DECREE_745_39");
        assertThat(choice.pointed().unit()).isEqualTo(range(100_000, 1_000_000));
        assertThat(choice.pointed().ground()).as("the row it applies").isEqualTo(Ground.REFUSAL_OR_HARM);
    }

    @Test
    void aLighterRuleInForceByTheDecisionAppliesToAnEarlierAct() {
        List<PenaltyBases.Row> table = List.of(
                row(basis("OLD", REGULATIONS, Ground.REFUSAL_OR_HARM, range(100_000, 1_000_000), null), "39"),
                row(basis("LIGHTER", AMENDED_CSL, Ground.REFUSAL_OR_HARM, range(10_000, 50_000), null), "39"));
        Choice choice = BasisRule.choose("39", Ground.REFUSAL_OR_HARM, LocalDate.of(2025, 5, 1),
                LocalDate.of(2026, 2, 1), PenaltyBases.resolve("39", Ground.REFUSAL_OR_HARM, table));
        assertThat(choice.pointed().code()).isEqualTo("LIGHTER");
        assertThat(choice.whyEn()).contains("lighter");
        assertThat(choice.whyZh()).contains("较轻");
    }

    @Test
    void theParagraphForSeriousHarmDoesNotApplyToARefusal() {
        Choice choice = choose(Ground.REFUSAL_OR_HARM, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(choice.candidates()).extracting(Basis::code).doesNotContain("CSL_2025_61_3");
        Choice serious = choose(Ground.SERIOUS_HARM, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(serious.pointed().code()).isEqualTo("CSL_2025_61_3");
    }

    @Test
    void aRuleNotYetInForceOnTheDateOfTheDecisionIsNotACandidate() {
        Choice choice = choose(Ground.REFUSAL_OR_HARM, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 1));
        assertThat(choice.candidates()).extracting(Basis::code).containsExactly("DECREE_745_39");
    }
}
