package io.jenkins.plugins.calm.core.webhook.polling;

import java.time.Instant;

/**
 * Which features the plugin should read from Cloud ALM for the next poll.
 *
 * @param modifiedAfter read the project's features with {@code modifiedAt gt} this instant; {@code
 *     null} for the first poll, which reads the features currently in the target statuses (or all
 *     of the project's features) to learn what is already there
 */
public record PollRequest(Instant modifiedAfter) {

    /** @return whether this is the first poll, which only learns and starts nothing */
    public boolean baseline() {
        return modifiedAfter == null;
    }
}
