package org.ciip.obligations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CVSS v4.0 vector strings as the FIRST specification (section 7) defines them, and their scores (section 8). The
 * expected scores are the ones FIRST's calculator gives for the same vectors.
 */
class Cvss40Test {

    static final String BASE = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    @Test
    void aVectorWithEveryBaseMetricInOrderIsValid() {
        assertThat(Cvss40.isValid(BASE)).isTrue();
        assertThat(Cvss40.isValid("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:L/VA:N/SC:L/SI:H/SA:N")).isTrue();
    }

    @Test
    void threatEnvironmentalAndSupplementalMetricsMayFollowOnceEach() {
        assertThat(Cvss40.isValid(BASE + "/E:A/CR:H/MAV:A/MSI:S/S:P/AU:Y/R:I/V:C/RE:M/U:Amber")).isTrue();
        assertThat(Cvss40.isValid(BASE + "/E:A/E:P")).as("twice").isFalse();
        assertThat(Cvss40.isValid(BASE + "/MVC:S")).as("S only for MSI and MSA").isFalse();
        assertThat(Cvss40.isValid(BASE + "/U:amber")).as("values are case-sensitive").isFalse();
    }

    @Test
    void aMissingMisorderedOrUnknownBaseMetricIsInvalid() {
        assertThat(Cvss40.isValid("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N")).isFalse();
        assertThat(Cvss40.isValid("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).isFalse();
        assertThat(Cvss40.isValid("CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).isFalse();
        assertThat(Cvss40.isValid(BASE + "/")).isFalse();
        assertThat(Cvss40.isValid("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isFalse();
    }

    @Test
    void scoresAreFirstsForTheSameVector() {
        assertThat(Cvss40.score(BASE)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("9.3"));
        assertThat(Cvss40.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10.0"));
        assertThat(Cvss40.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("8.7"));
        assertThat(Cvss40.score("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("8.5"));
        assertThat(Cvss40.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N"))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("6.9"));
        assertThat(Cvss40.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"))
                .as("no impact at all").hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.0"));
    }

    @Test
    void threatAndEnvironmentalMetricsArePartOfTheScoreAndNamedInItsKind() {
        assertThat(Cvss40.score(BASE + "/E:U")).as("unreported exploit maturity lowers the score")
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("8.1"));
        assertThat(Cvss40.score(BASE + "/E:A")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("9.3"));
        assertThat(Cvss40.score(BASE + "/MSI:S")).as("safety impact on a subsequent system")
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10.0"));
        assertThat(Cvss40.nomenclature(BASE)).isEqualTo("CVSS-B");
        assertThat(Cvss40.nomenclature(BASE + "/E:U")).isEqualTo("CVSS-BT");
        assertThat(Cvss40.nomenclature(BASE + "/CR:L")).isEqualTo("CVSS-BE");
        assertThat(Cvss40.nomenclature(BASE + "/E:P/MAV:L/U:Red")).isEqualTo("CVSS-BTE");
        assertThat(Cvss40.nomenclature(BASE + "/E:X/CR:X/S:P")).as("not defined, and supplemental, do not count")
                .isEqualTo("CVSS-B");
    }

    @Test
    void anInvalidVectorHasNoScore() {
        assertThat(Cvss40.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N")).isEmpty();
        assertThat(Cvss40.score(BASE + "/E:A/E:P")).isEmpty();
    }
}
