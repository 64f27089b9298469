package org.ciip.identity.mfa;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as RFC 6238 defines them with the parameters every authenticator app uses: HMAC-SHA1
 * (RFC 4226), 30-second steps from the Unix epoch, six digits. Secrets travel as base32 (RFC 4648) without padding.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret, as RFC 4226 recommends, in base32. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** Whether the text is a base32 secret of at least 80 bits (RFC 4226 asks for 128 and recommends 160). */
    public static boolean isSecret(String base32) {
        if (base32 == null || !base32.matches("[A-Za-z2-7]{16,128}=*")) {
            return false;
        }
        return decode(base32).length >= 10;
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a time step, zero-padded to six digits. */
    public static String code(String base32Secret, long step) {
        return code(decode(base32Secret), step, DIGITS);
    }

    /** RFC 4226, 5.3: HMAC-SHA1 over the 8-byte counter, dynamic truncation, modulo 10^digits. */
    static String code(byte[] secret, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /**
     * The time step whose code this is, searching the current step first, then outwards up to {@code window} steps
     * either side (clock drift between the phone and the server); empty when none matches.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, int window) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] secret = decode(base32Secret);
        long current = step(now);
        for (int distance = 0; distance <= window; distance++) {
            for (long candidate : distance == 0 ? new long[] {current} : new long[] {current - distance,
                    current + distance}) {
                if (java.security.MessageDigest.isEqual(code(secret, candidate, DIGITS).getBytes(),
                        code.getBytes())) {
                    return OptionalLong.of(candidate);
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read from a QR code. */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] decode(String base32) {
        return new Base32().decode(base32.toUpperCase(java.util.Locale.ROOT));
    }
}
