package org.ciip.obligations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scores checked against the examples of the FIRST CVSS v3.1 specification and its calculator. */
class Cvss31Test {

    static String score(String vector) {
        return Cvss31.baseScore(vector).map(java.math.BigDecimal::toPlainString).orElse("invalid");
    }

    @Test
    void knownVectorsScoreAsTheSpecificationSays() {
        assertThat(score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("9.8");
        assertThat(score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")).isEqualTo("10.0");
        assertThat(score("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("7.8");
        assertThat(score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N")).isEqualTo("6.1");
        assertThat(score("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N")).isEqualTo("5.9");
        assertThat(score("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N")).isEqualTo("0.0");
    }

    @Test
    void incompleteOrForeignVectorsAreRefused() {
        assertThat(score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")).isEqualTo("invalid");
        assertThat(score("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("invalid");
        assertThat(score("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("invalid");
        assertThat(score("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("invalid");
    }

    @Test
    void roundUpGoesToTheNextTenthExceptForExactTenths() {
        assertThat(Cvss31.roundUp(4.02)).isEqualTo(4.1);
        assertThat(Cvss31.roundUp(4.0)).isEqualTo(4.0);
        assertThat(Cvss31.roundUp(4.000001)).isEqualTo(4.0);
    }
}
