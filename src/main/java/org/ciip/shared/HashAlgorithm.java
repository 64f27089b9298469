package org.ciip.shared;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash functions a deployment may choose for what CIIP chains and receipts (Art. 50 para 2: the national
 * commercial cryptography): SHA-256 (FIPS 180-4) or SM3 (GB/T 32905-2016), both 256 bits, as 64 lowercase hex digits.
 * The algorithm is recorded with each hash, so that a chain can switch at a known point.
 */
public enum HashAlgorithm {
    SHA_256("SHA-256"),
    SM3("SM3");

    private final String label;

    HashAlgorithm(String label) {
        this.label = label;
    }

    /** The name stored and shown: {@code SHA-256} or {@code SM3}. */
    public String label() {
        return label;
    }

    public static HashAlgorithm ofLabel(String label) {
        for (HashAlgorithm a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("not a hash algorithm: " + label);
    }

    public String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public String hex(byte[] bytes) {
        if (this == SHA_256) {
            return Hashing.sha256Hex(bytes);
        }
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The 32-byte digest of the parts, one after the other. */
    public byte[] digest(byte[]... parts) {
        if (this == SHA_256) {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                for (byte[] part : parts) {
                    digest.update(part);
                }
                return digest.digest();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** The HMAC (RFC 2104) of the message under the key, with this hash: HMAC-SHA256 or HMAC-SM3. */
    public byte[] hmac(byte[] key, byte[] message) {
        org.bouncycastle.crypto.macs.HMac mac = new org.bouncycastle.crypto.macs.HMac(this == SHA_256
                ? new org.bouncycastle.crypto.digests.SHA256Digest() : new SM3Digest());
        mac.init(new org.bouncycastle.crypto.params.KeyParameter(key));
        mac.update(message, 0, message.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    /**
     * The algorithm of a deployment's suite ({@code ciip.crypto.suite}): {@code INTERNATIONAL} (SHA-256, the default)
     * or {@code NATIONAL} (SM3).
     */
    public static HashAlgorithm ofSuite(String suite) {
        return switch (suite == null ? "" : suite.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "", "INTERNATIONAL" -> SHA_256;
            case "NATIONAL" -> SM3;
            default -> throw new IllegalArgumentException("ciip.crypto.suite must be INTERNATIONAL or NATIONAL, not "
                    + suite);
        };
    }
}
