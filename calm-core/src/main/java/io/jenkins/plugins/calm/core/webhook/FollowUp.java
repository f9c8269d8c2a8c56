package io.jenkins.plugins.calm.core.webhook;

import java.util.List;

/**
 * The result of routing an event again after the plugin read what was missing.
 *
 * @param outcome what happened
 * @param detail more about it, for the log
 * @param dispatches the work to do
 */
public record FollowUp(DeliveryOutcome outcome, String detail, List<Dispatch> dispatches) {

    public FollowUp {
        dispatches = List.copyOf(dispatches);
    }
}
