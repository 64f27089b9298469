package org.ciip.obligations.assessment;

/**
 * Where a yearly assessment stands (Art. 17): recorded and taking findings, submitted to the protection department,
 * accepted by it, or returned with its reasons (and then taking findings again). {@link Assessment} holds the
 * transitions.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    /** Whether findings are still added and the assessment may be submitted. */
    boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
