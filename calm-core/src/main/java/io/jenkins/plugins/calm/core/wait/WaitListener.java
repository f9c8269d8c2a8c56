package io.jenkins.plugins.calm.core.wait;

/**
 * Receives what happens to one wait. The engine calls the methods one at a time and in order
 * (a change before the completion it causes), never while holding its own lock, on whichever
 * thread delivers engine notifications at that moment (poll task, webhook handler, registering
 * thread). Implementations must return quickly and must not block.
 */
public interface WaitListener {

    /** A feature of the wait moved to another status. */
    default void onStatusChanged(StatusChange change) {
    }

    /** Status queries started failing, or fail with a new message. Not repeated per poll. */
    default void onPollingProblem(PollingProblem problem) {
    }

    /** Status queries work again after {@link #onPollingProblem}. */
    default void onPollingRecovered(String projectId) {
    }

    /** The wait is over. Called exactly once; no other call follows it. */
    void onCompleted(WaitResult result);
}
