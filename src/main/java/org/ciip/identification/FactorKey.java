package org.ciip.identification;

/** The three factors Art. 9 requires identification rules to consider. */
public enum FactorKey {
    /** Importance to the key core business of the sector, Art. 9(1). */
    IMPORTANCE("9(1)"),
    /** Harm from destruction, loss of function or data leakage, Art. 9(2). */
    HARM("9(2)"),
    /** Impact on other sectors, Art. 9(3). */
    CROSS_SECTOR_IMPACT("9(3)");

    private final String article;

    FactorKey(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
