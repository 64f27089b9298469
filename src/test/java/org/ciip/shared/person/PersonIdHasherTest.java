package org.ciip.shared.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.ciip.shared.crypto.PlatformSecrets;
import org.junit.jupiter.api.Test;

/**
 * Identity numbers are keyed with HMAC-SM3 on the national suite and HMAC-SHA256 on the international one (known
 * answers of GM/T 0042-2015 appendix D.3 and RFC 4231), and a deployment keeps the algorithm it started with, whatever
 * its suite says later, so that a person keyed before still matches.
 */
class PersonIdHasherTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Platform secrets kept in memory, as the database keeps them: the first value of a name stays. */
    static final class Secrets extends PlatformSecrets {
        private final Map<String, String> kept = new HashMap<>();

        Secrets() {
            super(null);
        }

        @Override
        public String keep(String name, String fresh) {
            return kept.computeIfAbsent(name, n -> fresh);
        }
    }

    @Test
    void hmacSm3AndHmacSha256GiveTheirStandardsKnownAnswers() {
        byte[] key = HEX.parseHex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        byte[] message = ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".repeat(2))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(HEX.formatHex(PersonIdHasher.hmac(new SM3Digest(), key, message)))
                .isEqualTo("ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a");
        assertThat(HEX.formatHex(PersonIdHasher.hmac(new SHA256Digest(), HEX.parseHex("0b".repeat(20)),
                "Hi There".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void aDeploymentKeysWithItsSuitesAlgorithmAndKeepsItWhenTheSuiteChanges() {
        Secrets secrets = new Secrets();
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        PersonIdHasher national = new PersonIdHasher(secrets, key, "NATIONAL");
        String keyed = national.hash("11010519491231002x");

        PersonIdHasher afterSwitch = new PersonIdHasher(secrets, key, "INTERNATIONAL");
        PersonIdHasher elsewhere = new PersonIdHasher(new Secrets(), key, "INTERNATIONAL");

        assertThat(national.algorithm()).isEqualTo("HMAC-SM3");
        assertThat(keyed).isEqualTo(HEX.formatHex(PersonIdHasher.hmac(new SM3Digest(), new byte[32],
                "11010519491231002X".getBytes(StandardCharsets.US_ASCII))));
        assertThat(afterSwitch.algorithm()).isEqualTo("HMAC-SM3");
        assertThat(afterSwitch.hash("11010519491231002X")).isEqualTo(keyed);
        assertThat(elsewhere.algorithm()).isEqualTo("HMAC-SHA256");
        assertThat(elsewhere.hash("11010519491231002X")).isNotEqualTo(keyed);
    }
}
