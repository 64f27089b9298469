package org.ciip.enforcement.penalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ciip.enforcement.PenaltyRanges.Consequence;
import org.ciip.enforcement.PenaltyRanges.Range;
import org.ciip.shared.api.FieldProblem;

/** One row of the penalty table (Decree No. 745, Chapter V) and the consequence it gives. */
record PenaltyRule(String article, int version, BigDecimal unitMin, BigDecimal unitMax, BigDecimal multipleMin,
        BigDecimal multipleMax, BigDecimal personMin, BigDecimal personMax, String notesEn, String notesZh,
        String source) {

    /** "39(5)" belongs to the row of Art. 39; "43(3)" has a row of its own. */
    static String tableArticle(String asked) {
        if (asked.matches("39\\((10|[1-9])\\)")) {
            return "39";
        }
        return asked;
    }

    boolean needsAmount() {
        return multipleMin != null;
    }

    /** The problem with the purchase amount for this article, or null when there is none. */
    FieldProblem amountProblem(BigDecimal amount) {
        if (!needsAmount()) {
            return null;
        }
        if (amount == null) {
            return new FieldProblem("purchaseAmount", "is required for Art. " + article
                    + " (the fine is a multiple of it)", null, "validation.purchaseAmountRequired", List.of(article));
        }
        if (amount.signum() < 0) {
            return new FieldProblem("purchaseAmount", "must not be negative", null, "validation.nonNegative",
                    List.of());
        }
        return null;
    }

    Consequence consequence(String asked, BigDecimal amount, Locale locale) {
        Range unit = unitMin == null ? null : new Range(unitMin, unitMax);
        Range multiple = null;
        if (needsAmount()) {
            multiple = new Range(multipleMin, multipleMax);
            unit = new Range(amount.multiply(multipleMin).setScale(2, java.math.RoundingMode.HALF_UP),
                    amount.multiply(multipleMax).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        Range person = personMin == null ? null : new Range(personMin, personMax);
        String notes = "zh".equals(locale.getLanguage()) ? notesZh : notesEn;
        return new Consequence(asked, unit, multiple, person, List.of(notes), source, version);
    }
}
