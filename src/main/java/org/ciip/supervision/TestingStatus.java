package org.ciip.supervision;

import org.ciip.shared.api.ApiException;

/**
 * Where a testing authorization (Art. 31) stands: REQUESTED until every approval of its route is given; REFUSED when
 * one is refused; AUTHORIZED (numbered) once all are given; SUSPENDED and back; REVOKED for good; CLOSED with the
 * testers' report. Whether testing may run at a given moment also depends on its windows and, on the basic
 * telecommunications network, on the advance report ({@link AuthorizationCheck}).
 */
public enum TestingStatus {
    REQUESTED, REFUSED, AUTHORIZED, SUSPENDED, REVOKED, CLOSED;

    /** An approval or refusal of one step: only while requested. */
    Step decide(boolean refused, boolean lastApproval) {
        if (this != REQUESTED) {
            throw ApiException.conflict("This request was " + words() + " already: its approvals are closed.");
        }
        return new Step(this, refused ? REFUSED : lastApproval ? AUTHORIZED : REQUESTED);
    }

    Step suspend() {
        if (this != AUTHORIZED) {
            throw ApiException.conflict("Only an authorization in force can be suspended; this one is " + words() + ".");
        }
        return new Step(this, SUSPENDED);
    }

    Step reinstate() {
        if (this != SUSPENDED) {
            throw ApiException.conflict("Only a suspended authorization can be reinstated; this one is " + words()
                    + ".");
        }
        return new Step(this, AUTHORIZED);
    }

    Step revoke() {
        if (this != AUTHORIZED && this != SUSPENDED) {
            throw ApiException.conflict("Only an authorization in force or suspended can be revoked; this one is "
                    + words() + ".");
        }
        return new Step(this, REVOKED);
    }

    Step close() {
        if (this != AUTHORIZED && this != SUSPENDED) {
            throw ApiException.conflict("Only an authorization in force or suspended is closed with a report; this one"
                    + " is " + words() + ".");
        }
        return new Step(this, CLOSED);
    }

    /** Whether testers may still record findings and the parties may still act on it. */
    boolean inForce() {
        return this == AUTHORIZED || this == SUSPENDED;
    }

    /** Whether nothing more happens to it. */
    public boolean finished() {
        return this == REFUSED || this == REVOKED || this == CLOSED;
    }

    private String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(TestingStatus from, TestingStatus to) {
    }
}
