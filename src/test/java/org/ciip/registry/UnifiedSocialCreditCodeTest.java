package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void theWidelyPublishedSampleCodeIsValid() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void aCodeWithAnotherCheckCharacterIsRefused() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4A")).isFalse();
    }

    @Test
    void theCheckCharacterIsThirtyOneMinusTheWeightedSumModuloThirtyOne() {
        // Σ value·weight over 91350100M000100Y4 is 1640; 1640 mod 31 = 28; 31 - 28 = 3, the character '3'
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.complete("91110000100012345")).satisfies(
                code -> assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue());
    }

    @Test
    void aCheckValueOfThirtyOneIsWrittenAsZero() {
        // Find a prefix whose weighted sum is a multiple of 31: its check character must be '0'.
        String prefix = "00000000000000000";
        assertThat(UnifiedSocialCreditCode.checkCharacter(prefix)).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.isValid(prefix + "0")).isTrue();
    }

    @Test
    void lettersOutsideTheAlphabetAreRefused() {
        for (char letter : new char[] {'I', 'O', 'Z', 'S', 'V'}) {
            String code = "91350100" + letter + "00100Y4";
            assertThat(UnifiedSocialCreditCode.isValid(code + "0")).as("letter %s", letter).isFalse();
            assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(code))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void lowerCaseWrongLengthAndMissingCodesAreRefused() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100m000100y43")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y433")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    @Test
    void theAdministrativeDivisionMustBeDigits() {
        String prefix = "9135A100M000100Y4";
        assertThat(UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.complete(prefix))).isFalse();
    }

    @Test
    void regionCodesAreSixDigitsInAKnownProvince() {
        assertThat(RegionCode.isValid("110000")).isTrue();
        assertThat(RegionCode.isValid("440305")).isTrue();
        assertThat(RegionCode.isValid("990000")).isFalse();
        assertThat(RegionCode.isValid("11000")).isFalse();
        assertThat(RegionCode.isValid("11000A")).isFalse();
        assertThat(RegionCode.province("440305")).isEqualTo("44");
    }
}
