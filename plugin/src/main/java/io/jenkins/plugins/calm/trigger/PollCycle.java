package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.polling.PollDecision;
import io.jenkins.plugins.calm.core.webhook.polling.PollRequest;
import io.jenkins.plugins.calm.core.webhook.polling.PollState;
import io.jenkins.plugins.calm.core.webhook.polling.StatusPollingTrigger;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.persistence.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One poll of a polling trigger, without Jenkins: read what the trigger remembers, ask Cloud ALM for
 * the project's features changed since then, decide with calm-core's {@link StatusPollingTrigger},
 * save the new memory, and only then start the builds, so a restart never starts them twice.
 */
final class PollCycle {

    /** Polls overlap by this much, to survive clock skew and changes within the same second. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** The most features remembered as being in a target status. */
    static final int MAX_REMEMBERED = 10_000;

    private static final Logger LOGGER = Logger.getLogger(PollCycle.class.getName());

    /** What the poll reads from Cloud ALM. */
    interface Features {
        /** Every feature of the project (the first poll learns what is already there). */
        List<FeatureSnapshot> all(String projectId);

        /** The features of the project modified after {@code after}. */
        List<FeatureSnapshot> modifiedAfter(String projectId, Instant after);
    }

    /** The connection's status list. */
    interface StatusList {
        /** @return the list the connection has (read once if it has none) */
        StatusNameResolver current();

        /** Reads the list again, because a code was unknown. */
        void refresh();
    }

    /** @param started how many builds the poll started; {@code baseline} whether it only learned */
    record Outcome(boolean baseline, int featuresRead, int movedIn, int started, Set<String> unresolvedStatusCodes) {
    }

    private final TriggerSpec spec;
    private final StatusPollingTrigger decisions;
    private final StateFile state;
    private final Features features;
    private final StatusList statuses;
    private final BuildLauncher launcher;
    private final Consumer<FeatureChange> listeners;
    private final Clock clock;

    PollCycle(TriggerSpec spec, StateFile state, Features features, StatusList statuses, BuildLauncher launcher,
              Consumer<FeatureChange> listeners, Clock clock) {
        this.spec = spec;
        this.decisions = new StatusPollingTrigger(spec.connection(), spec.targetStatuses(), OVERLAP, MAX_REMEMBERED);
        this.state = state;
        this.features = features;
        this.statuses = statuses;
        this.launcher = launcher;
        this.listeners = listeners;
        this.clock = clock;
    }

    Outcome run() {
        PollState before = load();
        PollRequest request = decisions.nextRequest(before);
        Instant polledAt = clock.instant();
        List<FeatureSnapshot> read = request.baseline()
                ? features.all(spec.projectId())
                : features.modifiedAfter(spec.projectId(), request.modifiedAfter());
        StatusNameResolver names = statuses.current();
        PollDecision decision = decisions.decide(before, read, names, polledAt);
        save(decision.state());
        if (!decision.unresolvedStatusCodes().isEmpty()) {
            statuses.refresh();
        }
        TriggerRouter router = new TriggerRouter(List.of(spec));
        int started = 0;
        for (FeatureChange change : decision.movedIn()) {
            listeners.accept(change);
            RoutingResult routing = router.route(change, names);
            if (routing.outcome() != RoutingResult.Outcome.MATCHED) {
                continue;
            }
            try {
                launcher.schedule(spec, routing.request());
                started++;
            } catch (BuildNotScheduledException e) {
                LOGGER.warning(e.getMessage());
            }
        }
        return new Outcome(request.baseline(), read.size(), decision.movedIn().size(), started, decision.unresolvedStatusCodes());
    }

    private PollState load() {
        try {
            return state.read().map(PollState::fromJson).orElse(PollState.INITIAL);
        } catch (IllegalArgumentException e) {
            // Learning again starts nothing; keep the unreadable file for a person to look at.
            try {
                LOGGER.log(Level.WARNING, e.getMessage() + " The file was moved to " + state.moveAside(clock.instant())
                        + "; the next poll learns which features are in the target statuses and starts nothing.");
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(moveFailed);
            }
            return PollState.INITIAL;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(PollState after) {
        try {
            state.write(after.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
