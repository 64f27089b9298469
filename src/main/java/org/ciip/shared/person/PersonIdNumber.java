package org.ciip.shared.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A citizen identity number as GB 11643-1999 defines it: 17 digits (region, birth date, sequence) and a check
 * character computed with ISO 7064 MOD 11-2. CIIP never stores one in clear (DESIGN.md §5): it keeps the keyed hash
 * made by {@link PersonIdHasher} and the last four characters for display.
 */
public final class PersonIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private PersonIdNumber() {
    }

    /** Upper-cased and trimmed, the form that is hashed. */
    public static String normalize(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }

    /** Why the value is not a valid identity number, or empty when it is one. */
    public static Optional<String> problem(String value) {
        String id = normalize(value);
        if (id.length() != 18) {
            return Optional.of("must be 18 characters (GB 11643)");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of("must be 17 digits followed by a digit or X (GB 11643)");
            }
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("does not contain a valid birth date (GB 11643)");
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            return Optional.of("has a wrong check character (GB 11643)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The check character of the first 17 digits: ISO 7064 MOD 11-2. */
    public static char checkCharacter(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The last four characters, all that CIIP ever shows of the number. */
    public static String lastFour(String value) {
        String id = normalize(value);
        return id.substring(Math.max(0, id.length() - 4));
    }
}
