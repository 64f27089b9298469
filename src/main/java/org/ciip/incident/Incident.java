package org.ciip.incident;

import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * An incident's lifecycle: reported (OPEN), handling ended, closed by the final report. Each transition checks the
 * state it starts from and refuses an illegal step with a 409 problem; {@link Incidents#transition} then writes it
 * with an UPDATE that names the expected state, so that of two concurrent requests only one passes.
 */
record Incident(UUID id, IncidentStatus status) {

    static Incident of(IncidentView view) {
        return new Incident(view.id(), view.status());
    }

    /** A step from one state to another, as the repository writes it. */
    record Transition(UUID incident, IncidentStatus from, IncidentStatus to) {
    }

    /** The operator ends the handling: the 30-day clock of the final report starts (Measures Art. 8). */
    Transition endHandling() {
        if (status != IncidentStatus.OPEN) {
            throw ApiException.conflict("The handling of this incident already ended.");
        }
        return new Transition(id, status, IncidentStatus.HANDLING_ENDED);
    }

    /** The final report closes the incident; it follows the end of the handling. */
    Transition close() {
        return switch (status) {
            case OPEN -> throw ApiException.conflict(
                    "Mark the handling ended first: the final report follows it (Measures Art. 8).");
            case CLOSED -> throw ApiException.conflict("The final report was already filed.");
            case HANDLING_ENDED -> new Transition(id, status, IncidentStatus.CLOSED);
        };
    }

    /** A supplement adds a version; a closed incident takes none. */
    void requireSupplementable() {
        if (status == IncidentStatus.CLOSED) {
            throw ApiException.conflict("The incident is closed by its final report.");
        }
    }
}
