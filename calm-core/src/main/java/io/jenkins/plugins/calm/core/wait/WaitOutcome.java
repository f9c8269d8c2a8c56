package io.jenkins.plugins.calm.core.wait;

/** How a wait ended. */
public enum WaitOutcome {
    /** Every feature reached an acceptable status. */
    SUCCEEDED,
    /** A feature reached a fail-on status ({@link WaitResult#featureUuid()} names it). */
    FAILED,
    /** The deadline passed; {@link WaitResult#states()} holds the last seen statuses. */
    TIMED_OUT,
    /** Cancelled through {@link WaitEngine#abort}. */
    ABORTED,
    /**
     * Cloud ALM can never answer this wait: the status query failed permanently, or a feature was
     * not found in its project several times in a row. {@link WaitResult#detail()} says which.
     */
    ERROR
}
