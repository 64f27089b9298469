package org.ciip.enforcement;

import org.ciip.shared.api.ApiException;

/** A report of fees or designated brands (Art. 45): REPORTED, then FOUNDED or UNFOUNDED by MPS or CAC, once. */
public enum ConductStatus {
    REPORTED, FOUNDED, UNFOUNDED;

    Step find(boolean founded) {
        if (this != REPORTED) {
            throw ApiException.conflict("This report was decided already (" + name().toLowerCase() + ").");
        }
        return new Step(this, founded ? FOUNDED : UNFOUNDED);
    }

    record Step(ConductStatus from, ConductStatus to) {
    }
}
