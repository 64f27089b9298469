package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;

/** Who acts in an enforcement case and which steps its state allows, without Spring. */
class CaseRulesTest {

    @Test
    void theCompetentAuthorityFollowsTheArticle() {
        assertThat(CaseRules.authorities("39(9)")).containsExactly(OrganizationKind.PROTECTION_DEPARTMENT);
        assertThat(CaseRules.authorities("40")).contains(OrganizationKind.PUBLIC_SECURITY_ORGAN);
        assertThat(CaseRules.authorities("41")).contains(OrganizationKind.CAC);
        assertThat(CaseRules.authorities("43")).containsExactlyInAnyOrder(OrganizationKind.PUBLIC_SECURITY_ORGAN,
                OrganizationKind.MPS);
        assertThat(CaseRules.authorities("43")).doesNotContain(OrganizationKind.PROTECTION_DEPARTMENT);
    }

    @Test
    void aRefusalIsFoundOnlyAfterTheDeadlineOrOnAnAnswer() {
        assertThatThrownBy(() -> CaseStatus.ORDERED.findRefusal(false)).isInstanceOf(ApiException.class)
                .hasMessageContaining("deadline");
        assertThat(CaseStatus.ORDERED.findRefusal(true).to()).isEqualTo(CaseStatus.REFUSED);
        assertThat(CaseStatus.ANSWERED.findRefusal(false).to()).isEqualTo(CaseStatus.REFUSED);
        assertThatThrownBy(() -> CaseStatus.CORRECTED.findRefusal(true)).isInstanceOf(ApiException.class);
    }

    @Test
    void aClosedCaseTakesNoFurtherStep() {
        for (CaseStatus closed : new CaseStatus[] {CaseStatus.CORRECTED, CaseStatus.DECIDED}) {
            assertThatThrownBy(closed::decide).isInstanceOf(ApiException.class);
            assertThatThrownBy(closed::answer).isInstanceOf(ApiException.class);
            assertThatThrownBy(closed::order).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void aFineForRefusalNeedsARefusalOrAFactOfHarm() {
        assertThat(CaseRules.decisionProblem("39(9)", CaseStatus.ORDERED, Ground.REFUSAL_OR_HARM, null))
                .contains("No refusal");
        assertThat(CaseRules.decisionProblem("39(9)", CaseStatus.REFUSED, Ground.REFUSAL_OR_HARM, null)).isNull();
        assertThat(CaseRules.decisionProblem("39(9)", CaseStatus.ORDERED, Ground.REFUSAL_OR_HARM,
                Ground.REFUSAL_OR_HARM)).isNull();
        assertThat(CaseRules.decisionProblem("39(9)", CaseStatus.REFUSED, Ground.SERIOUS_HARM, null))
                .contains("severity");
        assertThat(CaseRules.decisionProblem("39(9)", CaseStatus.OPEN, Ground.NONE, null)).contains("order");
    }

    @Test
    void art41IsFinedWithTheOrderAndArt43WithoutOne() {
        assertThat(CaseRules.decisionProblem("41", CaseStatus.ORDERED, Ground.NONE, null)).isNull();
        assertThat(CaseRules.decisionProblem("43", CaseStatus.OPEN, Ground.SERIOUS_HARM, null)).isNull();
    }
}
