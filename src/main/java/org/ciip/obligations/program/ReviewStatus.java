package org.ciip.obligations.program;

/**
 * Where a background review stands (Art. 14, 43 para 3): waiting for its result, approved or rejected, or blocked
 * because the sanctions register bars the person from key positions. {@link BackgroundReview} holds the transitions.
 */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED, BLOCKED
}
