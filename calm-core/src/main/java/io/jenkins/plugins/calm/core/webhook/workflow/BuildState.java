package io.jenkins.plugins.calm.core.webhook.workflow;

/** What Jenkins knows about one build started for an approval workflow, as the plugin reports it. */
public enum BuildState {
    /** Waiting in the queue. */
    QUEUED,
    /** Running. */
    RUNNING,
    /** Finished successfully: approves the switch. */
    SUCCEEDED,
    /** Finished with any other result the plugin counts as "no" (failure; the plugin decides about unstable). */
    FAILED,
    /** Aborted, or cancelled from the queue. */
    ABORTED,
    /** Jenkins no longer knows the build (deleted, or lost across a restart). */
    NOT_FOUND;

    /** @return whether the state can no longer change */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
