package org.ciip.shared.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonIdNumberTest {

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        // The worked example of GB 11643-1999: 11010519491231002 has the check character X.
        assertThat(PersonIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(PersonIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(PersonIdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(PersonIdNumber.isValid("110105194912310021")).isFalse();
    }

    @Test
    void aNumberMustHaveEighteenCharactersDigitsAndARealBirthDate() {
        assertThat(PersonIdNumber.problem("11010519491231002")).contains("must be 18 characters (GB 11643)");
        assertThat(PersonIdNumber.problem("1101051949123100AX")).isPresent();
        String badDate = "11010519490231002";
        assertThat(PersonIdNumber.problem(badDate + PersonIdNumber.checkCharacter(badDate)))
                .contains("does not contain a valid birth date (GB 11643)");
        assertThat(PersonIdNumber.problem(null)).isPresent();
    }

    @Test
    void onlyTheLastFourCharactersAreShown() {
        assertThat(PersonIdNumber.lastFour(" 11010519491231002x ")).isEqualTo("002X");
    }
}
