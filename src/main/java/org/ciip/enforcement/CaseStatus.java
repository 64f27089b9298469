package org.ciip.enforcement;

import org.ciip.shared.api.ApiException;

/**
 * Where an enforcement case stands: OPEN; ORDERED to correct (and warned); ANSWERED by the operator with its
 * correction; CORRECTED (verified, closed); REFUSED (the authority found a refusal to correct); DECIDED (a penalty
 * decision, closed). Each step is a method that refuses an illegal move.
 */
public enum CaseStatus {
    OPEN, ORDERED, ANSWERED, CORRECTED, REFUSED, DECIDED;

    public boolean closed() {
        return this == CORRECTED || this == DECIDED;
    }

    Step order() {
        if (this != OPEN) {
            throw ApiException.conflict("This case has an order to correct already.");
        }
        return new Step(this, ORDERED);
    }

    Step answer() {
        return switch (this) {
            case ORDERED -> new Step(this, ANSWERED);
            case ANSWERED -> throw ApiException.conflict("The correction was reported already; the authority is "
                    + "verifying it.");
            case OPEN -> throw ApiException.conflict("No order to correct was issued in this case yet.");
            default -> throw ApiException.conflict("This case is " + name().toLowerCase() + ": it takes no answer.");
        };
    }

    Step verify() {
        if (this != ANSWERED) {
            throw ApiException.conflict("Only a correction the operator reported can be verified.");
        }
        return new Step(this, CORRECTED);
    }

    /** A refusal is found on an answer that does not correct, or once the deadline passed without one. */
    Step findRefusal(boolean deadlinePassed) {
        if (this == ANSWERED || (this == ORDERED && deadlinePassed)) {
            return new Step(this, REFUSED);
        }
        if (this == ORDERED) {
            throw ApiException.conflict("The deadline to correct has not passed and no answer was given: a refusal "
                    + "cannot be found yet.");
        }
        throw ApiException.conflict("A refusal is found only on an order to correct (this case is "
                + name().toLowerCase() + ").");
    }

    Step decide() {
        if (closed()) {
            throw ApiException.conflict("This case is closed (" + name().toLowerCase() + ").");
        }
        return new Step(this, DECIDED);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(CaseStatus from, CaseStatus to) {
    }
}
