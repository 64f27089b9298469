package org.ciip.identification;

/** A first identification of a candidate asset (Art. 10), or a re-certification after a change report (Art. 11). */
public enum DecisionKind {
    IDENTIFICATION("10"), RECERTIFICATION("11");

    private final String article;

    DecisionKind(String article) {
        this.article = article;
    }

    /** The article the decision is made under. */
    public String article() {
        return article;
    }
}
