package io.jenkins.plugins.calm.core.outbox;

import java.time.Instant;

/**
 * How the first attempt to send a submitted report went, so the step can say so in the build log.
 * Whatever it says, the report is safe: stored until delivered or parked.
 *
 * @param outcome what happened
 * @param detail the sender's detail (delivered), the failure (queued) or the rejection (parked)
 * @param nextAttemptAt for {@link Outcome#QUEUED}: when it is tried again
 */
public record DeliveryAttempt(Outcome outcome, String detail, Instant nextAttemptAt) {

    public enum Outcome {
        /** Cloud ALM confirmed it. */
        DELIVERED,
        /** Not delivered yet; the outbox keeps trying. */
        QUEUED,
        /** Cloud ALM rejected it for good; parked for an administrator. */
        PARKED
    }
}
