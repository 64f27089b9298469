package org.ciip.shared.crypto;

/**
 * A store of files encrypted at rest ({@link ContentEncryption}), as the module that owns it implements it in its
 * repository: the re-encryption job asks it to move its files to the current cipher and key, a few at a time.
 */
public interface EncryptedFiles {

    /**
     * Encrypts with the current cipher and key up to {@code limit} files that are not (plaintext kept before
     * encryption at rest, or under an older key); each update names the cipher and key it replaces, so that two
     * instances never both rewrite a file. Answers how many were moved.
     */
    int reencrypt(ContentEncryption encryption, int limit);
}
