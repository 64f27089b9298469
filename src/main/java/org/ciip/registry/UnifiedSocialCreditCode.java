package org.ciip.registry;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority (1), organization type (1),
 * administrative division (6 digits), organization code (9), check character (1). The check character is
 * {@code 31 - (Σ value(c_i) · w_i mod 31)} over the first 17 characters, with 31 written as 0, in an alphabet of 31
 * characters that leaves out I, O, S, V and Z.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Whether the text is a well-formed code with the right check character (upper case, as issued). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside the GB 32100 alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Completes 17 characters with their check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
