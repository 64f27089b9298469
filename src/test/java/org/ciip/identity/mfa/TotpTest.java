package org.ciip.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, Appendix B: the ASCII digits 1234567890 twice. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SECRET = new Base32().encodeToString(RFC_SEED).replace("=", "");

    @Test
    void theCodesAreTheKnownAnswersOfRfc6238AppendixB() {
        // time (s) -> the eight-digit TOTP of the RFC's table (SHA1 column)
        Object[][] vectors = {{59L, "94287082"}, {1111111109L, "07081804"}, {1111111111L, "14050471"},
            {1234567890L, "89005924"}, {2000000000L, "69279037"}, {20000000000L, "65353130"}};
        for (Object[] v : vectors) {
            long step = Totp.step(Instant.ofEpochSecond((Long) v[0]));
            assertThat(Totp.code(RFC_SEED, step, 8)).as("T = %s", v[0]).isEqualTo(v[1]);
            assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(((String) v[1]).substring(2));
        }
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfTheServersClockButNotTwo() {
        Instant now = Instant.parse("2026-12-02T03:00:15Z");
        long current = Totp.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, 1)).hasValue(step);
        }
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 2), now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current + 2), now, 1)).isEmpty();
    }

    @Test
    void theWindowsEdgeFollowsTheThirtySecondBoundary() {
        Instant lastSecondOfAStep = Instant.parse("2026-12-02T03:00:29Z");
        Instant firstSecondOfTheNext = lastSecondOfAStep.plusSeconds(1);
        String twoStepsBack = Totp.code(RFC_SECRET, Totp.step(lastSecondOfAStep) - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, twoStepsBack, lastSecondOfAStep, 1)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, twoStepsBack, firstSecondOfTheNext, 1)).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsNeverMatches() {
        Instant now = Instant.parse("2026-12-02T03:00:15Z");
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345a", now, 1)).isEmpty();
    }

    @Test
    void aNewSecretHas160BitsAndTheUriCarriesItForAuthenticatorApps() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.isSecret(secret)).isTrue();
        assertThat(Totp.isSecret("not base32!")).isFalse();
        assertThat(Totp.uri("CIIP", "grid-officer", secret)).isEqualTo("otpauth://totp/CIIP:grid-officer?secret="
                + secret + "&issuer=CIIP&algorithm=SHA1&digits=6&period=30");
    }
}
