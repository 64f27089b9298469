package org.ciip.supervision;

import org.ciip.shared.api.ApiException;

/**
 * Where an inspection (Art. 26-28) stands: PLANNED and told to the operator; CONFIRMED by the operator; CLOSED by the
 * team once every finding is verified; MERGED into another body's inspection of the same operator, which becomes a
 * joint inspection (Art. 27 para 2).
 */
public enum InspectionStatus {
    PLANNED, CONFIRMED, CLOSED, MERGED;

    Step confirm() {
        if (this != PLANNED) {
            throw ApiException.conflict("Only a planned inspection is confirmed; this one is " + words() + ".");
        }
        return new Step(this, CONFIRMED);
    }

    Step merge() {
        if (!open()) {
            throw ApiException.conflict("Only a planned or confirmed inspection is merged; this one is " + words()
                    + ".");
        }
        return new Step(this, MERGED);
    }

    Step close() {
        if (this != CONFIRMED) {
            throw ApiException.conflict(this == PLANNED ? "The operator confirms the inspection before it is closed."
                    : "This inspection is " + words() + ".");
        }
        return new Step(this, CLOSED);
    }

    /** Whether the inspection is still to be carried out or under way. */
    public boolean open() {
        return this == PLANNED || this == CONFIRMED;
    }

    private String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(InspectionStatus from, InspectionStatus to) {
    }
}
