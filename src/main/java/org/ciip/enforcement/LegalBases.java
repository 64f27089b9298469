package org.ciip.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal bases a penalty decision may apply (the Regulations and, since 2026-01-01, the amended Cybersecurity Law),
 * versioned reference data with their source and confirmation status, and the rule that points to one of them: the
 * law in force on the date of the act, unless a rule in force by the date of the decision is lighter (Administrative
 * Penalty Law, 2021, Art. 37).
 */
public interface LegalBases {

    /**
     * Every basis that may apply to a breach of {@code article} decided on {@code ground}, with its ranges, and the one
     * the date rule points to (null when no basis was in force on the date of the act).
     */
    Choice choose(String article, Ground ground, LocalDate actDate, LocalDate decisionDate);

    /** The remedies against a penalty decision and their periods, as reference data. */
    Remedies remedies();

    /** A period to seek a remedy: in days or in months, counted from the decision, under its law. */
    record Remedy(String code, Integer days, Integer months, String lawEn, String lawZh) {
    }

    /** Administrative reconsideration (60 days) and an administrative lawsuit (6 months). */
    record Remedies(Remedy reconsideration, Remedy lawsuit) {
    }

    /** What the decision finds beyond the breach itself. */
    enum Ground {
        /** Ordered to correct and warned; no refusal and no harm found. */
        NONE,
        /** Refused to correct, or network security endangered. */
        REFUSAL_OR_HARM,
        /** Serious harm (for Art. 43: serious circumstances). */
        SERIOUS_HARM,
        /** Especially serious harm: the CII lost its main functions. */
        ESPECIALLY_SERIOUS_HARM
    }

    /** An inclusive range; for Art. 41, {@code multiple} says the unit range was computed from the purchase amount. */
    record Range(BigDecimal min, BigDecimal max) {

        public boolean contains(BigDecimal amount) {
            return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
        }
    }

    /**
     * One basis on one ground. {@code unit} is null where it imposes no fine on the unit on that ground (a warning
     * only); {@code unitMultiple} is set for fines counted in multiples of the purchase amount (Art. 41).
     */
    record Basis(String code, int version, Ground ground, String lawEn, String lawZh, String provisionEn,
            String provisionZh, LocalDate effectiveFrom, Range unit, Range unitMultiple, Range person,
            Range detentionDays, boolean fineOptional, String status, String source) {

        public String citation(boolean zh) {
            return zh ? lawZh + provisionZh : lawEn + ", " + provisionEn;
        }


        /** The unit's range, computed from the purchase amount where the basis counts in multiples of it. */
        public Range unitFor(BigDecimal purchaseAmount) {
            if (unitMultiple == null) {
                return unit;
            }
            if (purchaseAmount == null) {
                return null;
            }
            return new Range(purchaseAmount.multiply(unitMultiple.min()).setScale(2, java.math.RoundingMode.HALF_UP),
                    purchaseAmount.multiply(unitMultiple.max()).setScale(2, java.math.RoundingMode.HALF_UP));
        }

        public boolean countsInMultiples() {
            return unitMultiple != null;
        }
    }

    /** The bases that may apply, the one the date rule points to, and why, in English and Chinese. */
    record Choice(String article, Ground ground, LocalDate actDate, LocalDate decisionDate, List<Basis> candidates,
            Basis pointed, String whyEn, String whyZh) {

        public java.util.Optional<Basis> candidate(String code) {
            return candidates.stream().filter(b -> b.code().equals(code)).findFirst();
        }
    }
}
