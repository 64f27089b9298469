package org.ciip.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ciip.shared.api.Validation;

/**
 * What a password must be, as OWASP ASVS 5.0 (V6.2) asks: at least 12 characters and at most 128 (long passphrases in
 * any script are welcome, and nothing is cut off), not one of the common passwords shipped as data, and not the account's
 * user name or its organization's name. No composition rules and no expiry.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The list in the given stream: one password per line; blank lines and lines starting with # are skipped. */
    static PasswordPolicy withListFrom(InputStream in) {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(passwords);
    }

    int commonPasswords() {
        return common.size();
    }

    /** Adds to {@code v} every way in which {@code password} falls short, under {@code field}. */
    void check(Validation v, String field, String password, String username, String... organizationNames) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            v.add(field, "validation.passwordLength", "must be at least " + MIN_LENGTH + " characters", MIN_LENGTH);
            return;
        }
        if (length > MAX_LENGTH) {
            v.add(field, "validation.passwordTooLong", "must be at most " + MAX_LENGTH + " characters", MAX_LENGTH);
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            v.add(field, "validation.passwordCommon", "is one of the most common passwords; choose another");
            return;
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            v.add(field, "validation.passwordHasUsername", "must not contain the user name");
            return;
        }
        for (String name : organizationNames) {
            if (name != null && !name.isBlank() && lower.contains(name.toLowerCase(Locale.ROOT).strip())) {
                v.add(field, "validation.passwordHasOrganization", "must not contain the organization's name");
                return;
            }
        }
    }
}
