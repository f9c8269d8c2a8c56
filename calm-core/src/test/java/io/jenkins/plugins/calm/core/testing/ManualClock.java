package io.jenkins.plugins.calm.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it, so time-dependent behaviour needs no sleeping.
 * Always UTC. Thread-safe: the code under test may read it from its own threads (a sandbox's
 * server, webhook deliveries) while the test moves it. {@link ManualScheduler} moves it from task
 * to task.
 */
public final class ManualClock extends Clock {

    /** Where {@link #ManualClock()} starts. */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now;

    public ManualClock() {
        this(DEFAULT_START);
    }

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock itself for UTC: a copy would no longer follow the test's moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("a ManualClock has one zone, UTC, not " + zone);
    }
}
