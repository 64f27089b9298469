package org.ciip.supervision;

import java.time.Instant;
import java.util.List;

/**
 * What anyone may learn of a testing authorization by its number, without signing in (Art. 31): whether testing may
 * run now and why not, who tests, which activities, in which windows, and whether a given source address and target
 * are in its scope. Nothing of the operator's other data, nor the scope's lists themselves.
 */
public record Verification(String number, TestingStatus status, boolean validNow, String reason, Instant checkedAt,
        String requesterName, List<String> activities, List<Window> windows, String source, Boolean sourceInScope,
        String target, Boolean targetInScope) {

    public record Window(Instant startsAt, Instant endsAt) {
    }

    /** Whether testing from {@code source} against {@code target} is authorized now: every question asked says yes. */
    public boolean authorizedNow() {
        return validNow && !Boolean.FALSE.equals(sourceInScope) && !Boolean.FALSE.equals(targetInScope);
    }
}
