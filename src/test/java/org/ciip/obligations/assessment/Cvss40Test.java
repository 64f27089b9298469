package org.ciip.obligations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CVSS v4.0 vector strings as the FIRST specification (section 7) defines them. */
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
}
