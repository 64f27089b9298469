package org.ciip.supervision;

import org.ciip.shared.api.ApiException;

/** Where a request for technical support stands: REQUESTED, ACCEPTED (and assigned) by its addressee, CLOSED. */
public enum SupportStatus {
    REQUESTED, ACCEPTED, CLOSED;

    Step accept() {
        if (this != REQUESTED) {
            throw ApiException.conflict("This request was " + name().toLowerCase() + " already.");
        }
        return new Step(this, ACCEPTED);
    }

    Step close() {
        if (this != ACCEPTED) {
            throw ApiException.conflict(this == CLOSED ? "This request was closed already."
                    : "A request is accepted before it is closed.");
        }
        return new Step(this, CLOSED);
    }

    /** Whether its thread still takes messages. */
    boolean open() {
        return this != CLOSED;
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(SupportStatus from, SupportStatus to) {
    }
}
