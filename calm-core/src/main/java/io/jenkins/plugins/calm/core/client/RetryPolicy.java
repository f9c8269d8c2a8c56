package io.jenkins.plugins.calm.core.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How idempotent calls (GET, PUT, DELETE) are retried on 429, 502, 503, 504 and connection
 * failures: at most {@code maxAttempts} attempts in all, waiting an exponentially growing,
 * jittered backoff between {@code baseBackoff} and {@code maxBackoff}, but at least as long as a
 * {@code Retry-After} header asks. A {@code Retry-After} longer than {@code maxRetryAfter} is not
 * waited for inside the call: the call fails with {@link ThrottledException} carrying the
 * duration, so that a caller with a durable queue can come back later instead of blocking.
 * POST and PATCH are never retried (they could create or change twice).
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS =
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= base <= max and maxRetryAfter >= 0");
        }
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** 4 attempts, backoff 0.5 s doubling up to 30 s, Retry-After honoured up to 2 minutes. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy of(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        return new RetryPolicy(maxAttempts, Objects.requireNonNull(baseBackoff, "baseBackoff"),
                Objects.requireNonNull(maxBackoff, "maxBackoff"), Objects.requireNonNull(maxRetryAfter, "maxRetryAfter"));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseBackoff() {
        return baseBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry): "equal jitter", i.e. half
     * of the capped exponential backoff plus a random share of the other half, so that many clients
     * throttled together do not come back in lockstep.
     *
     * @param jitter a random number in [0, 1)
     */
    public Duration backoff(int retry, double jitter) {
        long base = baseBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long exponential = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        long half = exponential / 2;
        return Duration.ofMillis(half + (long) (jitter * (exponential - half)));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseBackoff=" + baseBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }
}
