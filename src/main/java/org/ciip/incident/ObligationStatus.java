package org.ciip.incident;

import java.time.Instant;

/** Where a reporting obligation stands: not yet met, met within its clock, or met late or missed (Art. 40). */
public enum ObligationStatus {
    PENDING, MET, LATE;

    /** The status of an obligation met at {@code metAt}: late when its clock had run out, or it was already late. */
    ObligationStatus metAt(Instant metAt, Instant due) {
        return this == LATE || (due != null && metAt.isAfter(due)) ? LATE : MET;
    }
}
