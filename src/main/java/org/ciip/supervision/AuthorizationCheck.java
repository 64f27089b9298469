package org.ciip.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether testing under an authorization may run at a moment (Art. 31), as a pure policy: the authorization is in force
 * (authorized, not suspended, revoked or closed), the moment falls in one of its windows, and, where a target is on the
 * basic telecommunications network, the telecom authority was told at least the advance period before that window
 * opened and did not object.
 */
final class AuthorizationCheck {

    /** Why testing may or may not run; {@code VALID} when it may. */
    enum Reason {
        VALID, NOT_AUTHORIZED, SUSPENDED, REVOKED, CLOSED, OUTSIDE_WINDOW, ADVANCE_REPORT_MISSING,
        ADVANCE_REPORT_LATE, OBJECTED
    }

    /** A window of an authorization. */
    record Window(Instant startsAt, Instant endsAt) {

        boolean contains(Instant at) {
            return !at.isBefore(startsAt) && at.isBefore(endsAt);
        }
    }

    /** The facts the check reads. {@code advance} is null when no target is on the basic telecom network. */
    record Facts(TestingStatus status, List<Window> windows, Advance advance) {
    }

    /** The advance report to the telecom authority: the period required, when it was made, whether it was objected. */
    record Advance(Duration period, Instant reportedAt, boolean objected) {

        /** Whether the report was made at least the period before {@code window} opened. */
        boolean onTimeFor(Window window) {
            return reportedAt != null && !reportedAt.isAfter(window.startsAt().minus(period));
        }
    }

    private AuthorizationCheck() {
    }

    static Reason at(Facts facts, Instant at) {
        switch (facts.status()) {
            case REQUESTED, REFUSED -> {
                return Reason.NOT_AUTHORIZED;
            }
            case SUSPENDED -> {
                return Reason.SUSPENDED;
            }
            case REVOKED -> {
                return Reason.REVOKED;
            }
            case CLOSED -> {
                return Reason.CLOSED;
            }
            default -> {
                // authorized: the windows and the advance report decide
            }
        }
        Optional<Window> window = facts.windows().stream().filter(w -> w.contains(at)).findFirst();
        if (window.isEmpty()) {
            return Reason.OUTSIDE_WINDOW;
        }
        Advance advance = facts.advance();
        if (advance != null) {
            if (advance.objected()) {
                return Reason.OBJECTED;
            }
            if (advance.reportedAt() == null) {
                return Reason.ADVANCE_REPORT_MISSING;
            }
            if (!advance.onTimeFor(window.get())) {
                return Reason.ADVANCE_REPORT_LATE;
            }
        }
        return Reason.VALID;
    }

    /** The window open at {@code at}, if any. */
    static Optional<Window> windowAt(List<Window> windows, Instant at) {
        return windows.stream().filter(w -> w.contains(at)).findFirst();
    }
}
