package org.ciip.enforcement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What may follow a breach under Chapter V, from the versioned penalty table: the fine ranges for the unit and for the
 * directly responsible persons, and the notes that say when a fine applies (for Art. 39, 40 and 42, only on a refusal
 * to correct). Art. 41 is computed from the purchase amount.
 */
public interface PenaltyRanges {

    /**
     * The consequence of breaching {@code article}.
     *
     * @param article        "39", "39(1)" to "39(10)", "40", "41", "42", "43", "43(3)" or "45"
     * @param purchaseAmount the purchase amount in CNY, required for Art. 41 and ignored otherwise
     * @throws org.ciip.shared.api.ApiException 400 naming {@code article} or {@code purchaseAmount}
     */
    Consequence consequence(String article, BigDecimal purchaseAmount, Locale locale);

    /** An inclusive range in CNY. */
    record Range(BigDecimal min, BigDecimal max) {
    }

    /**
     * @param article      the article asked about, as asked
     * @param unit         the fine range for the operator, null where the article sets none
     * @param unitMultiple for Art. 41, the multiples of the purchase amount; null otherwise
     * @param person       the fine range for directly responsible persons, null where the article sets none
     * @param notes        what the authority does first and when a fine applies, in the caller's language
     */
    record Consequence(String article, Range unit, Range unitMultiple, Range person, List<String> notes,
            String source, int version) {
    }
}
