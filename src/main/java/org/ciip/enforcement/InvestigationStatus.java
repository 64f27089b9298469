package org.ciip.enforcement;

import org.ciip.shared.api.ApiException;

/** A liability-accident investigation (Art. 47): OPEN while findings are recorded, then CONCLUDED, once. */
public enum InvestigationStatus {
    OPEN, CONCLUDED;

    void requireOpen() {
        if (this != OPEN) {
            throw ApiException.conflict("This investigation is concluded: it takes no more findings.");
        }
    }

    Step conclude() {
        requireOpen();
        return new Step(this, CONCLUDED);
    }

    record Step(InvestigationStatus from, InvestigationStatus to) {
    }
}
