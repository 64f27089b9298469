package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.enforcement.LegalBases.Range;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.Validation;
import org.junit.jupiter.api.Test;

/** The amounts of a penalty decision against the basis it applies, without Spring. */
class DecisionCheckTest {

    static Range range(long min, long max) {
        return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    static final Basis REFUSAL = new Basis("CSL_2025_61_2", 1, Ground.REFUSAL_OR_HARM, "Cybersecurity Law", "网络安全法",
            "Art. 61 para 2", "第六十一条第二款", LocalDate.of(2026, 1, 1), range(100_000, 1_000_000), null,
            range(10_000, 100_000), null, false, "UNCONFIRMED", "test");
    static final Basis WARNING_ONLY = new Basis("DECREE_745_39", 1, Ground.NONE, "Regulations", "条例", "Art. 39",
            "第三十九条", LocalDate.of(2021, 9, 1), null, null, null, null, true, "CONFIRMED", "test");
    static final Basis ART_41 = new Basis("DECREE_745_41", 1, Ground.NONE, "Regulations", "条例", "Art. 41",
            "第四十一条", LocalDate.of(2021, 9, 1), null, range(1, 10), range(10_000, 100_000), null, false,
            "CONFIRMED", "test");

    static CaseView caseOf(String article) {
        return new CaseView(UUID.randomUUID(), "ENF-2026-000001", UUID.randomUUID(), "Dept", UUID.randomUUID(), "Bank",
                "OPERATOR", article, "MANUAL", null, "facts", LocalDate.of(2026, 3, 1), CaseStatus.REFUSED, null, "u",
                null, null, null, null, null, null, List.of(new CaseView.Person(1, "李四", null, null, null, null)),
                List.of(), false, List.of());
    }

    static CaseRequests.Decision decision(long unitFine, Long personFine, Long purchase) {
        return new CaseRequests.Decision("REFUSAL_OR_HARM", null, BigDecimal.valueOf(unitFine),
                purchase == null ? null : BigDecimal.valueOf(purchase), null,
                personFine == null ? List.of() : List.of(new CaseRequests.PersonPenalty(1,
                        BigDecimal.valueOf(personFine), null)), "reasons", null, null);
    }

    @Test
    void amountsInsideTheRangesAreRecordedByPerson() {
        Validation v = new Validation();
        DecisionCheck.Checked checked = DecisionCheck.amounts(caseOf("39(9)"), decision(200_000, 20_000L, null),
                REFUSAL, Ground.REFUSAL_OR_HARM, v);
        assertThat(v.isValid()).isTrue();
        assertThat(checked.unitFine()).isEqualByComparingTo("200000");
        assertThat(checked.fines()).containsEntry(1, BigDecimal.valueOf(20_000));
    }

    @Test
    void anAmountOutsideTheRangeIsRefusedWithTheRangeAndTheBasis() {
        Validation v = new Validation();
        DecisionCheck.amounts(caseOf("39(9)"), decision(50_000, 200_000L, null), REFUSAL, Ground.REFUSAL_OR_HARM, v);
        assertThat(v.problems()).extracting(FieldProblem::field).containsExactly("unitFine", "persons[0].fine");
        assertThat(v.problems().getFirst().message()).isEqualTo(
                "must be from 100,000 to 1,000,000 CNY under Cybersecurity Law, Art. 61 para 2");
    }

    @Test
    void aBasisThatOnlyWarnsRefusesAnyFine() {
        Validation v = new Validation();
        DecisionCheck.amounts(caseOf("39(9)"), decision(10_000, null, null), WARNING_ONLY, Ground.NONE, v);
        assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("a warning only"));
    }

    @Test
    void art41CountsTheRangeFromThePurchaseAmount() {
        Validation v = new Validation();
        DecisionCheck.amounts(caseOf("41"), decision(3_500_000, null, 300_000L), ART_41, Ground.NONE, v);
        assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("from 300,000 to 3,000,000 CNY"));
        Validation missing = new Validation();
        DecisionCheck.amounts(caseOf("41"), decision(500_000, null, null), ART_41, Ground.NONE, missing);
        assertThat(missing.problems()).extracting(FieldProblem::field).containsExactly("purchaseAmount");
    }
}
