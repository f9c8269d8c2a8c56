package io.jenkins.plugins.calm.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as an administrative monitor shows it.
 *
 * @param pending reports still to be delivered
 * @param parked reports Cloud ALM rejected for good, kept for an administrator to retry or discard
 * @param quarantined files that could not be read as reports, moved aside
 * @param oldestPendingSince creation time of the oldest pending report
 * @param entries every pending and parked report, oldest first
 */
public record OutboxStatus(int pending, int parked, int quarantined, Optional<Instant> oldestPendingSince,
        List<OutboxEntry> entries) {

    public OutboxStatus {
        entries = List.copyOf(entries);
    }

    /** How long the oldest pending report has waited, as of {@code now}. */
    public Optional<Duration> oldestPendingAge(Instant now) {
        return oldestPendingSince.map(since -> Duration.between(since, now));
    }
}
