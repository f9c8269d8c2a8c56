package io.jenkins.plugins.calm.core.wait;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link WaitEngine}. The defaults suit a tenant whose users change feature statuses by
 * hand: webhooks carry the fast path, polls are the safety net and stay far below Cloud ALM's
 * (third-party reported) limit of 500 requests per 5 seconds per tenant.
 */
public final class WaitEngineSettings {
    private final Duration minPollInterval;
    private final Duration maxPollInterval;
    private final double backoffFactor;
    private final double maxRequestsPerSecond;
    private final int requestBurst;
    private final Duration coalescingDelay;
    private final int missingFeatureTolerance;
    private final Duration eventCacheTtl;
    private final int eventCacheMaxEntries;

    private WaitEngineSettings(Builder b) {
        this.minPollInterval = b.minPollInterval;
        this.maxPollInterval = b.maxPollInterval;
        this.backoffFactor = b.backoffFactor;
        this.maxRequestsPerSecond = b.maxRequestsPerSecond;
        this.requestBurst = b.requestBurst;
        this.coalescingDelay = b.coalescingDelay;
        this.missingFeatureTolerance = b.missingFeatureTolerance;
        this.eventCacheTtl = b.eventCacheTtl;
        this.eventCacheMaxEntries = b.eventCacheMaxEntries;
    }

    public static WaitEngineSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Poll interval after activity (a new wait, a status change); also the floor for every wait. */
    public Duration minPollInterval() {
        return minPollInterval;
    }

    /** Ceiling the interval grows to while nothing changes (or queries fail). */
    public Duration maxPollInterval() {
        return maxPollInterval;
    }

    /** Factor the interval grows by after each poll that found no change. */
    public double backoffFactor() {
        return backoffFactor;
    }

    /** Sustained ceiling of status-query HTTP requests per second for this connection. */
    public double maxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    /** How many requests may go out at once before the sustained ceiling applies. */
    public int requestBurst() {
        return requestBurst;
    }

    /**
     * How long the engine gathers resumed waits and change hints before it polls, so that the
     * waits resuming after a restart share one query per project.
     */
    public Duration coalescingDelay() {
        return coalescingDelay;
    }

    /** Successful queries in a row that may miss a feature before its waits end with an error. */
    public int missingFeatureTolerance() {
        return missingFeatureTolerance;
    }

    /** How long a webhook event is remembered for waits registered after it arrived. */
    public Duration eventCacheTtl() {
        return eventCacheTtl;
    }

    /** How many features' latest events are remembered at most. */
    public int eventCacheMaxEntries() {
        return eventCacheMaxEntries;
    }

    @Override
    public String toString() {
        return "poll every " + minPollInterval + ".." + maxPollInterval + " (x" + backoffFactor + "), at most "
                + maxRequestsPerSecond + " requests/s (burst " + requestBurst + ")";
    }

    /** Builder with validated values. */
    public static final class Builder {
        private Duration minPollInterval = Duration.ofSeconds(10);
        private Duration maxPollInterval = Duration.ofMinutes(2);
        private double backoffFactor = 1.5;
        private double maxRequestsPerSecond = 5;
        private int requestBurst = 10;
        private Duration coalescingDelay = Duration.ofSeconds(1);
        private int missingFeatureTolerance = 3;
        private Duration eventCacheTtl = Duration.ofHours(1);
        private int eventCacheMaxEntries = 10_000;

        private Builder() {
        }

        public Builder pollInterval(Duration min, Duration max) {
            requirePositive(min, "minPollInterval");
            requirePositive(max, "maxPollInterval");
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("maxPollInterval " + max + " is shorter than minPollInterval " + min);
            }
            this.minPollInterval = min;
            this.maxPollInterval = max;
            return this;
        }

        public Builder backoffFactor(double factor) {
            if (!(factor >= 1.0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("backoffFactor must be at least 1.0, was " + factor);
            }
            this.backoffFactor = factor;
            return this;
        }

        public Builder rateLimit(double requestsPerSecond, int burst) {
            if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("requestsPerSecond must be positive, was " + requestsPerSecond);
            }
            if (burst < 1) {
                throw new IllegalArgumentException("burst must be at least 1, was " + burst);
            }
            this.maxRequestsPerSecond = requestsPerSecond;
            this.requestBurst = burst;
            return this;
        }

        public Builder coalescingDelay(Duration delay) {
            Objects.requireNonNull(delay, "coalescingDelay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("coalescingDelay must not be negative, was " + delay);
            }
            this.coalescingDelay = delay;
            return this;
        }

        public Builder missingFeatureTolerance(int polls) {
            if (polls < 1) {
                throw new IllegalArgumentException("missingFeatureTolerance must be at least 1, was " + polls);
            }
            this.missingFeatureTolerance = polls;
            return this;
        }

        public Builder eventCache(Duration ttl, int maxEntries) {
            requirePositive(ttl, "eventCacheTtl");
            if (maxEntries < 1) {
                throw new IllegalArgumentException("eventCacheMaxEntries must be at least 1, was " + maxEntries);
            }
            this.eventCacheTtl = ttl;
            this.eventCacheMaxEntries = maxEntries;
            return this;
        }

        public WaitEngineSettings build() {
            return new WaitEngineSettings(this);
        }

        private static void requirePositive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, was " + d);
            }
        }
    }
}
