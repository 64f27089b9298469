package org.ciip.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of a test CIIP: it runs with its base clock, and a test moves it forward to let a statutory clock run out
 * (then back with {@link #reset()}), instead of rewriting timestamps in the database or sleeping.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private MovableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    private MovableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    /** A clock that follows the system's time until a test moves it. */
    public static MovableClock ofSystem() {
        return new MovableClock(Clock.systemUTC());
    }

    /** A clock that stands still at {@code instant} until a test moves it. */
    public static MovableClock at(Instant instant) {
        return new MovableClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Back to the base clock's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock, moved with it, seen in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(base, offset, other);
    }
}
