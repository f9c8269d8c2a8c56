package io.jenkins.plugins.calm.core.wait;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The latest webhook event per feature, kept for a while so that a wait registered just after the
 * event (the step was still starting) still sees it. Bounded in age and size. Not thread-safe: the
 * engine calls it under its lock.
 */
final class RecentEventCache {
    private final long ttlMillis;
    private final int maxEntries;
    /** Ordered by recording time: the eldest entry expires first. */
    private final LinkedHashMap<String, Event> events = new LinkedHashMap<>();

    record Event(String statusCode, String eventId, long receivedAtMillis, long recordedAtMillis) {
    }

    RecentEventCache(long ttlMillis, int maxEntries) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
    }

    /**
     * Remembers an event unless it repeats the one already remembered for the feature (same event
     * ID).
     *
     * @return {@code false} for such a repeat, which callers ignore
     */
    boolean record(String featureUuid, String statusCode, String eventId, long receivedAtMillis, long nowMillis) {
        expire(nowMillis);
        Event previous = events.get(featureUuid);
        if (previous != null && eventId != null && eventId.equals(previous.eventId())) {
            return false;
        }
        if (previous == null || receivedAtMillis >= previous.receivedAtMillis()) {
            events.remove(featureUuid);
            events.put(featureUuid, new Event(statusCode, eventId, receivedAtMillis, nowMillis));
            while (events.size() > maxEntries) {
                Iterator<String> eldest = events.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return true;
    }

    /** The latest unexpired event of the feature, or {@code null}. */
    Event latest(String featureUuid, long nowMillis) {
        expire(nowMillis);
        return events.get(Objects.requireNonNull(featureUuid));
    }

    int size() {
        return events.size();
    }

    private void expire(long nowMillis) {
        Iterator<Map.Entry<String, Event>> it = events.entrySet().iterator();
        while (it.hasNext()) {
            if (nowMillis - it.next().getValue().recordedAtMillis() < ttlMillis) {
                return;
            }
            it.remove();
        }
    }
}
