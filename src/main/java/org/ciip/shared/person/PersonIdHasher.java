package org.ciip.shared.person;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) of an identity number, by which the sanctions register and background reviews match a
 * person without storing the number (DESIGN.md §5). The key comes from {@code CIIP_PERSON_ID_KEY} (Base64, at least
 * 32 bytes), which production sets from its secret store; without it, a random key is generated once and kept in the
 * database, which suits the embedded demo but not a deployment whose backups leave the building.
 */
@Component
public class PersonIdHasher {

    private static final String KEY_NAME = "person-id-hmac-key";

    private final org.ciip.shared.crypto.PlatformSecrets secrets;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    PersonIdHasher(org.ciip.shared.crypto.PlatformSecrets secrets,
            @Value("${ciip.security.person-id-key:}") String configuredKey) {
        this.secrets = secrets;
        this.configuredKey = configuredKey;
    }

    /** The hex HMAC-SHA256 of the normalized number. */
    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(PersonIdNumber.normalize(idNumber)
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
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
        current = new SecretKeySpec(bytes, "HmacSHA256");
        key = current;
        return current;
    }
}
