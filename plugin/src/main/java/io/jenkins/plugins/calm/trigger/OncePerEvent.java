package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.dedup.EventDeduplicator;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.time.Clock;
import java.time.Duration;

/**
 * Starts each job at most once per Cloud ALM event, whichever way the event arrived: the webhook
 * deduplicates deliveries, but the same change can also reach a job through a redelivery after
 * a restart, or through the webhook and the polling trigger with the same derived event ID.
 * While the first build is still queued the queue merges the second
 * ({@code CloudAlmTriggerAction.shouldSchedule}); this catches the rest.
 */
public final class OncePerEvent implements BuildLauncher {

    /** As long as the webhook remembers event IDs. */
    static final Duration WINDOW = Duration.ofHours(1);

    private final BuildLauncher delegate;
    private final EventDeduplicator started;

    public OncePerEvent(BuildLauncher delegate, Clock clock) {
        this.delegate = delegate;
        this.started = new EventDeduplicator(clock, new EventDeduplicator.Policy(WINDOW, WINDOW, 100_000));
    }

    @Override
    public String schedule(TriggerSpec trigger, BuildRequest request) {
        String eventId = request.eventId();
        if (eventId != null && !eventId.isEmpty() && !started.firstDelivery(trigger.id(), eventId, WINDOW)) {
            throw new BuildNotScheduledException(Messages.Launcher_AlreadyStarted(trigger.id(), eventId));
        }
        return delegate.schedule(trigger, request);
    }

    @Override
    public void abort(String handle) {
        delegate.abort(handle);
    }
}
