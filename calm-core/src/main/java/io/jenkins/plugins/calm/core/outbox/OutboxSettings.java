package io.jenkins.plugins.calm.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Resend timing of an {@link Outbox}: attempt {@code n} waits {@code initialBackoff × 2^(n-1)},
 * capped at {@code maxBackoff}, shortened by a random share of up to {@code jitter} so that
 * reports queued together during an outage do not all come back at the same instant.
 */
public final class OutboxSettings {
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;

    public OutboxSettings(Duration initialBackoff, Duration maxBackoff, double jitter) {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.jitter = jitter;
    }

    /** 30 s, doubling up to 1 h, 20 % jitter. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(Duration.ofSeconds(30), Duration.ofHours(1), 0.2);
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public double jitter() {
        return jitter;
    }

    /**
     * The wait before attempt {@code failedAttempts + 1}.
     *
     * @param random a value in [0, 1)
     */
    Duration backoff(int failedAttempts, double random) {
        long initial = initialBackoff.toMillis();
        long max = maxBackoff.toMillis();
        int doublings = Math.min(Math.max(0, failedAttempts - 1), 40);
        long base = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
        return Duration.ofMillis(Math.round(base * (1 - jitter * random)));
    }
}
