package org.ciip.identification;

import org.ciip.shared.Actor;

/** Re-certification counts for dashboards, within the actor's jurisdiction (Art. 11). */
public interface Recertifications {

    /** @param open re-certifications not yet done; @param overdue of those, past their due date */
    record Counts(long open, long overdue) {
    }

    Counts counts(Actor actor);
}
