package org.ciip.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read again at most every {@code lifetime}: for reference data (grading guides, rule sets) that changes only
 * through migrations or an administrator, so that hot paths do not read it on every request. A change is seen by every
 * instance within the lifetime. A clock that moves back (a corrected system clock, a test clock put back) makes the
 * value read again, rather than kept until the clock catches up.
 */
public final class Expiring<T> {

    private final Supplier<T> loader;
    private final Duration lifetime;
    private final Clock clock;
    private volatile T value;
    private volatile Instant loadedAt = Instant.MIN;

    public Expiring(Supplier<T> loader, Duration lifetime, Clock clock) {
        this.loader = loader;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public T get() {
        Instant now = clock.instant();
        if (value == null || now.isBefore(loadedAt) || loadedAt.plus(lifetime).isBefore(now)) {
            value = loader.get();
            loadedAt = now;
        }
        return value;
    }
}
