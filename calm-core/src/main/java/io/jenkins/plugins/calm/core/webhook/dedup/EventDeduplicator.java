package io.jenkins.plugins.calm.core.webhook.dedup;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers which events were seen recently, so a redelivered event starts nothing a second time.
 * Memory is bounded: at most {@link Policy#maxEntries()} IDs are kept, the oldest dropped first.
 * Thread-safe; every operation is O(1) amortised.
 */
public final class EventDeduplicator {

    /**
     * @param window how long an event ID is remembered
     * @param windowWithoutTimestamp how long a <em>derived</em> ID of a payload without {@code
     *     modifiedAt} is remembered. Such an ID cannot tell a redelivery from the same feature
     *     moving into the same status again later, so it is kept only long enough to catch
     *     redeliveries.
     * @param maxEntries the most IDs kept at once
     */
    public record Policy(Duration window, Duration windowWithoutTimestamp, int maxEntries) {

        /** One hour, five minutes for derived IDs without a timestamp, 10,000 entries. */
        public static final Policy DEFAULT = new Policy(Duration.ofHours(1), Duration.ofMinutes(5), 10_000);

        public Policy {
            if (window.isNegative() || windowWithoutTimestamp.isNegative() || maxEntries < 1) {
                throw new IllegalArgumentException("Deduplication needs non-negative windows and room for one entry: "
                        + window + ", " + windowWithoutTimestamp + ", " + maxEntries);
            }
        }
    }

    private final Clock clock;
    private final Policy policy;
    private final LinkedHashMap<String, Instant> expiryById;

    public EventDeduplicator(Clock clock, Policy policy) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.expiryById = new LinkedHashMap<>(Math.min(policy.maxEntries(), 1 << 14) * 4 / 3 + 1, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > policy.maxEntries();
            }
        };
    }

    /**
     * Records the event and tells whether it is new.
     *
     * @return {@code true} the first time an event is seen within its window, {@code false} for a
     *     duplicate
     */
    public boolean firstDelivery(FeatureChange change) {
        Duration window = change.eventIdDerived() && change.modifiedAt() == null
                ? policy.windowWithoutTimestamp()
                : policy.window();
        return firstDelivery(change.connection(), change.eventId(), window);
    }

    /**
     * @param scope the connection (IDs of different tenants never collide)
     * @param eventId the event ID
     * @param window how long to remember it
     * @return {@code true} when the ID is new or its earlier sighting has expired
     */
    public synchronized boolean firstDelivery(String scope, String eventId, Duration window) {
        Instant now = clock.instant();
        dropExpiredHead(now);
        String key = scope + '\n' + eventId;
        Instant expiry = expiryById.get(key);
        if (expiry != null && now.isBefore(expiry)) {
            return false;
        }
        if (expiry != null) {
            expiryById.remove(key);
        }
        expiryById.put(key, now.plus(window));
        return true;
    }

    /** @return how many event IDs are remembered now */
    public synchronized int size() {
        return expiryById.size();
    }

    /** Removes expired entries from the oldest end; entries behind a live one are checked on lookup. */
    private void dropExpiredHead(Instant now) {
        Iterator<Instant> oldestFirst = expiryById.values().iterator();
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next())) {
            oldestFirst.remove();
        }
    }
}
