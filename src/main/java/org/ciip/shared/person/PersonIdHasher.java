package org.ciip.shared.person;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.ciip.shared.HashAlgorithm;
import org.ciip.shared.crypto.PlatformSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash of an identity number, by which the sanctions register and background reviews match a person without
 * storing the number (DESIGN.md §5): HMAC-SM3 (GM/T 0042) on the national suite, HMAC-SHA256 on the international one
 * (Art. 50 para 2). The algorithm is the suite's when the deployment first keys a number, and stays so: the numbers are
 * not stored, so the hashes cannot be keyed again, and a later change of suite leaves identity numbers as they were. The
 * key comes from {@code CIIP_PERSON_ID_KEY} (Base64, at least 32 bytes), which production sets from its secret store;
 * without it, a random key is generated once and kept in the database, which suits the embedded demo but not a
 * deployment whose backups leave the building.
 */
@Component
public class PersonIdHasher {

    private static final String KEY_NAME = "person-id-hmac-key";
    private static final String ALGORITHM_NAME = "person-id-hmac-algorithm";

    private final PlatformSecrets secrets;
    private final String configuredKey;
    private final String suiteAlgorithm;
    private volatile Keyed keyed;

    private record Keyed(byte[] key, boolean sm3) {
    }

    PersonIdHasher(PlatformSecrets secrets, @Value("${ciip.security.person-id-key:}") String configuredKey,
            @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite) {
        this.secrets = secrets;
        this.configuredKey = configuredKey;
        this.suiteAlgorithm = HashAlgorithm.ofSuite(suite) == HashAlgorithm.SM3 ? "HMAC-SM3" : "HMAC-SHA256";
    }

    /** The hex HMAC of the normalized number, with the deployment's algorithm. */
    public String hash(String idNumber) {
        Keyed k = keyed();
        Digest digest = k.sm3() ? new SM3Digest() : new SHA256Digest();
        return HexFormat.of().formatHex(hmac(digest, k.key(), PersonIdNumber.normalize(idNumber)
                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** The algorithm identity numbers are keyed with here: {@code HMAC-SM3} or {@code HMAC-SHA256}. */
    public String algorithm() {
        return keyed().sm3() ? "HMAC-SM3" : "HMAC-SHA256";
    }

    static byte[] hmac(Digest digest, byte[] key, byte[] message) {
        HMac mac = new HMac(digest);
        mac.init(new KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private Keyed keyed() {
        Keyed current = keyed;
        if (current != null) {
            return current;
        }
        byte[] bytes;
        if (!configuredKey.isBlank()) {
            bytes = Base64.getDecoder().decode(configuredKey.trim());
            if (bytes.length < 32) {
                throw new IllegalStateException("CIIP_PERSON_ID_KEY must hold at least 32 bytes, Base64-encoded");
            }
        } else {
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            bytes = Base64.getDecoder().decode(secrets.keep(KEY_NAME, Base64.getEncoder().encodeToString(generated)));
        }
        current = new Keyed(bytes, "HMAC-SM3".equals(secrets.keep(ALGORITHM_NAME, suiteAlgorithm)));
        keyed = current;
        return current;
    }
}
