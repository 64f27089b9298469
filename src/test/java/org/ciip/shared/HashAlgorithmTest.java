package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HashAlgorithmTest {

    @Test
    void sm3GivesTheKnownAnswersOfGbT32905() {
        // GB/T 32905-2016, Appendix A: example 1 ("abc") and example 2 ("abcd" sixteen times, 512 bits)
        assertThat(HashAlgorithm.SM3.hex("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(HashAlgorithm.SM3.hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256GivesTheKnownAnswerOfFips180() {
        assertThat(HashAlgorithm.SHA_256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aDeploymentChoosesItsSuiteByName() {
        assertThat(HashAlgorithm.ofSuite("NATIONAL")).isEqualTo(HashAlgorithm.SM3);
        assertThat(HashAlgorithm.ofSuite("international")).isEqualTo(HashAlgorithm.SHA_256);
        assertThat(HashAlgorithm.ofSuite("")).isEqualTo(HashAlgorithm.SHA_256);
        assertThatThrownBy(() -> HashAlgorithm.ofSuite("ROT13")).hasMessageContaining("INTERNATIONAL or NATIONAL");
        assertThat(HashAlgorithm.ofLabel("SM3")).isEqualTo(HashAlgorithm.SM3);
    }
}
