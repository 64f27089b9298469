package org.ciip.supervision;

import java.time.Instant;
import org.ciip.shared.api.ApiException;

/**
 * Where an operator stands with a warning that reached it: AWAITING its acknowledgement until the clock runs out,
 * then OVERDUE (the sweep marks it); ACKNOWLEDGED within the clock or ACKNOWLEDGED_LATE after it.
 */
public enum RecipientStatus {
    AWAITING, OVERDUE, ACKNOWLEDGED, ACKNOWLEDGED_LATE;

    /** The acknowledgement at {@code now} of a warning due at {@code due}; 409 when it was acknowledged already. */
    Step acknowledge(Instant now, Instant due) {
        if (this == ACKNOWLEDGED || this == ACKNOWLEDGED_LATE) {
            throw ApiException.conflict("This warning was acknowledged already.");
        }
        return new Step(this, this == AWAITING && !now.isAfter(due) ? ACKNOWLEDGED : ACKNOWLEDGED_LATE);
    }

    public boolean acknowledged() {
        return this == ACKNOWLEDGED || this == ACKNOWLEDGED_LATE;
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(RecipientStatus from, RecipientStatus to) {
    }
}
