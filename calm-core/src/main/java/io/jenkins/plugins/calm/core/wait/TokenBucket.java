package io.jenkins.plugins.calm.core.wait;

/**
 * The per-connection request-rate ceiling: {@code capacity} tokens, refilled at {@code perSecond}.
 * Time comes from the caller (engine clock in milliseconds), so tests need no sleeps. Not
 * thread-safe: the engine calls it under its lock.
 */
final class TokenBucket {
    private final double capacity;
    private final double perMilli;
    private double tokens;
    private long lastRefillMillis;

    TokenBucket(int capacity, double perSecond, long nowMillis) {
        this.capacity = capacity;
        this.perMilli = perSecond / 1000.0;
        this.tokens = capacity;
        this.lastRefillMillis = nowMillis;
    }

    /** A cost above the capacity could never be paid; it is charged as a full bucket instead. */
    int clamp(int cost) {
        return (int) Math.max(1, Math.min(cost, capacity));
    }

    boolean tryAcquire(int cost, long nowMillis) {
        refill(nowMillis);
        double needed = clamp(cost);
        if (tokens + 1e-9 < needed) {
            return false;
        }
        tokens = Math.max(0, tokens - needed);
        return true;
    }

    /** Milliseconds until {@code cost} tokens are available (0 when they are now). */
    long millisUntil(int cost, long nowMillis) {
        refill(nowMillis);
        double missing = clamp(cost) - tokens;
        return missing <= 1e-9 ? 0 : (long) Math.ceil(missing / perMilli);
    }

    private void refill(long nowMillis) {
        if (nowMillis > lastRefillMillis) {
            tokens = Math.min(capacity, tokens + (nowMillis - lastRefillMillis) * perMilli);
            lastRefillMillis = nowMillis;
        }
    }
}
