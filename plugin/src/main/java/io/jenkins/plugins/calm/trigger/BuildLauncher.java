package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;

/** Starts and stops the builds a Cloud ALM event asks for. */
public interface BuildLauncher {

    /**
     * Schedules one build of the trigger's job with the request's environment and cause.
     *
     * @return a handle to ask about the build later (see {@link BuildHandle})
     * @throws BuildNotScheduledException saying why no build was scheduled
     */
    String schedule(TriggerSpec trigger, BuildRequest request);

    /** Removes the build from the queue, or aborts it if it runs; does nothing when it is over or unknown. */
    void abort(String handle);
}
