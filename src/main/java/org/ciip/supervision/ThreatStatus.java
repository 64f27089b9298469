package org.ciip.supervision;

import org.ciip.shared.api.ApiException;

/**
 * Where a threat report stands: REPORTED by the operator, ACKNOWLEDGED by one of its recipients, WARNED once a
 * department turned it into a warning for the sector (from either of the other two).
 */
public enum ThreatStatus {
    REPORTED, ACKNOWLEDGED, WARNED;

    /** The acknowledgement; 409 once the report was acknowledged or turned into a warning. */
    Step acknowledge() {
        if (this != REPORTED) {
            throw ApiException.conflict("This threat report was " + (this == WARNED ? "turned into a warning"
                    : "acknowledged") + " already.");
        }
        return new Step(this, ACKNOWLEDGED);
    }

    /** Turning the report into a warning; 409 when it was turned into one already. */
    Step warn() {
        if (this == WARNED) {
            throw ApiException.conflict("This threat report was turned into a warning already.");
        }
        return new Step(this, WARNED);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(ThreatStatus from, ThreatStatus to) {
    }
}
