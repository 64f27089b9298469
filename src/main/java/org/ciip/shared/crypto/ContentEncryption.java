package org.ciip.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.ciip.shared.HashAlgorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the files CIIP keeps (evidence and inspection documents) at rest (Art. 50 para 2): with SM4-GCM (GB/T
 * 32907, GB/T 38636) on the national suite, AES-256-GCM otherwise, a fresh 96-bit nonce each time, a 128-bit tag, and
 * the record's id as associated data, so that a file cannot be moved to another record unnoticed. The keys come from
 * the platform's operator ({@code ciip.crypto.content-keys}: {@code id:base64,...}, the first encrypts, all decrypt,
 * 16 bytes for SM4, 32 for AES-256); without any, one is generated and kept in the database, which suits the embedded
 * demo only. Each file records its cipher and key id; {@link ContentReencryption} moves files to the current key.
 */
@Component
public class ContentEncryption {

    /** The ciphers a file may be encrypted with. */
    public enum Cipher {
        SM4_GCM("SM4-GCM", 16), AES_256_GCM("AES-256-GCM", 32);

        private final String label;
        private final int keyLength;

        Cipher(String label, int keyLength) {
            this.label = label;
            this.keyLength = keyLength;
        }

        public String label() {
            return label;
        }

        public static Cipher ofLabel(String label) {
            for (Cipher cipher : values()) {
                if (cipher.label.equals(label)) {
                    return cipher;
                }
            }
            throw new IllegalArgumentException("not a content cipher: " + label);
        }
    }

    /** A file as stored: its cipher, the id of its key, and nonce followed by ciphertext and tag. */
    public record Sealed(String cipher, String keyId, byte[] bytes) {
    }

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final PlatformSecrets secrets;
    private final Cipher cipher;
    private final String configured;
    private volatile Keys keys;

    private record Keys(String currentId, Map<String, byte[]> byId) {
    }

    public ContentEncryption(PlatformSecrets secrets, @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite,
            @Value("${ciip.crypto.content-keys:}") String configured) {
        this.secrets = secrets;
        this.cipher = HashAlgorithm.ofSuite(suite) == HashAlgorithm.SM3 ? Cipher.SM4_GCM : Cipher.AES_256_GCM;
        this.configured = configured.trim();
    }

    /** The cipher new files are encrypted with. */
    public Cipher cipher() {
        return cipher;
    }

    /** The id of the key new files are encrypted with. */
    public String currentKeyId() {
        return keys().currentId();
    }

    /** Encrypts a file of the record {@code recordId} with the current key. */
    public Sealed encrypt(byte[] plaintext, Object recordId) {
        Keys k = keys();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = seal(cipher, k.byId().get(k.currentId()), nonce, plaintext, aad(recordId));
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return new Sealed(cipher.label(), k.currentId(), stored);
    }

    /**
     * The file as it was uploaded: decrypted when it was stored encrypted ({@code cipher} not null), as stored when it
     * was kept before encryption at rest. A file altered or moved to another record fails its tag.
     */
    public byte[] decrypt(String cipherLabel, String keyId, byte[] stored, Object recordId) {
        if (cipherLabel == null) {
            return stored;
        }
        byte[] key = keys().byId().get(keyId);
        if (key == null) {
            throw new IllegalStateException("the content key " + keyId + " is not configured "
                    + "(ciip.crypto.content-keys): keep every key that files are still encrypted with");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        return open(Cipher.ofLabel(cipherLabel), key, nonce, sealed, aad(recordId));
    }

    /** A file as a store reads it for re-encryption: its record's id, cipher, key id and stored bytes. */
    public record StoredFile(String id, String cipher, String keyId, byte[] content) {
    }

    /**
     * Encrypts each file again with the current cipher and key, and hands it to {@code update}, which writes it where
     * the file still has the cipher and key it was read with and answers the rows it wrote; answers the files moved.
     */
    public int moveToCurrent(java.util.List<StoredFile> files,
            java.util.function.BiFunction<StoredFile, Sealed, Integer> update) {
        int moved = 0;
        for (StoredFile file : files) {
            moved += update.apply(file, encrypt(decrypt(file.cipher(), file.keyId(), file.content(), file.id()),
                    file.id()));
        }
        return moved;
    }

    /** Whether a file stored so is encrypted with the current cipher and key. */
    public boolean current(String cipherLabel, String keyId) {
        return cipher.label().equals(cipherLabel) && currentKeyId().equals(keyId);
    }

    private static byte[] aad(Object recordId) {
        return String.valueOf(recordId).getBytes(StandardCharsets.UTF_8);
    }

    /** GCM encryption: ciphertext followed by the 128-bit tag. */
    static byte[] seal(Cipher cipher, byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        GCMBlockCipher gcm = gcm(cipher, true, key, nonce, aad);
        byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** GCM decryption of ciphertext and tag; refuses when the tag does not match. */
    static byte[] open(Cipher cipher, byte[] key, byte[] nonce, byte[] sealed, byte[] aad) {
        GCMBlockCipher gcm = gcm(cipher, false, key, nonce, aad);
        byte[] out = new byte[gcm.getOutputSize(sealed.length)];
        int n = gcm.processBytes(sealed, 0, sealed.length, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("the stored file fails its authentication tag: altered, or not this "
                    + "record's", e);
        }
        return out;
    }

    private static GCMBlockCipher gcm(Cipher cipher, boolean encrypt, byte[] key, byte[] nonce, byte[] aad) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(cipher == Cipher.SM4_GCM
                ? new SM4Engine() : AESEngine.newInstance());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        return gcm;
    }

    private static String databaseKeyId(Cipher cipher) {
        return "db-" + cipher.label().toLowerCase(java.util.Locale.ROOT);
    }

    private Keys keys() {
        Keys current = keys;
        if (current != null) {
            return current;
        }
        Map<String, byte[]> byId = new LinkedHashMap<>();
        if (configured.isEmpty()) {
            byte[] fresh = new byte[cipher.keyLength];
            random.nextBytes(fresh);
            String id = databaseKeyId(cipher);
            byId.put(id, Base64.getDecoder().decode(secrets.keep("content-key:" + id,
                    Base64.getEncoder().encodeToString(fresh))));
            // the other suite's key, when a deployment switched: its files stay readable until re-encrypted
            for (Cipher other : Cipher.values()) {
                secrets.find("content-key:" + databaseKeyId(other))
                        .ifPresent(key -> byId.putIfAbsent(databaseKeyId(other), Base64.getDecoder().decode(key)));
            }
        } else {
            for (String entry : configured.split(",")) {
                String[] parts = entry.trim().split(":", 2);
                if (parts.length != 2 || parts[0].isBlank()) {
                    throw new IllegalStateException("ciip.crypto.content-keys is a list of id:base64 entries");
                }
                try {
                    byId.put(parts[0].trim(), Base64.getDecoder().decode(parts[1].trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("the content key " + parts[0].trim() + " is not Base64");
                }
            }
        }
        String currentId = byId.keySet().iterator().next();
        if (byId.get(currentId).length != cipher.keyLength) {
            throw new IllegalStateException("the content key " + currentId + " must be " + cipher.keyLength
                    + " bytes for " + cipher.label());
        }
        current = new Keys(currentId, Map.copyOf(byId));
        keys = current;
        return current;
    }
}
