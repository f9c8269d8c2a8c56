package io.jenkins.plugins.calm.core.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * What an administrator sees of one report in the outbox.
 *
 * @param key the report's idempotency key (also its file name)
 * @param summary one line describing the report
 * @param state pending (waiting for its next attempt or being sent) or parked
 * @param createdAt when the report was created
 * @param attempts failed attempts so far
 * @param lastAttemptAt when it was last tried, {@code null} if never
 * @param lastError why the last attempt failed, or why it was parked; {@code null} if none
 * @param nextAttemptAt when it is tried next; {@code null} when parked
 */
public record OutboxEntry(String key, String summary, State state, Instant createdAt, int attempts,
        Instant lastAttemptAt, String lastError, Instant nextAttemptAt) {

    public enum State {
        PENDING,
        SENDING,
        PARKED
    }

    public Optional<String> error() {
        return Optional.ofNullable(lastError);
    }
}
