package io.jenkins.plugins.calm.core.webhook.polling;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one poll.
 *
 * @param state the state to save (before starting builds)
 * @param movedIn one event per feature that moved into a target status since the last poll
 * @param unresolvedStatusCodes status codes the connection's status list did not know; those
 *     features are looked at again on the next poll, after the list is refreshed
 */
public record PollDecision(PollState state, List<FeatureChange> movedIn, Set<String> unresolvedStatusCodes) {

    public PollDecision {
        movedIn = List.copyOf(movedIn);
        unresolvedStatusCodes = Set.copyOf(unresolvedStatusCodes);
    }
}
