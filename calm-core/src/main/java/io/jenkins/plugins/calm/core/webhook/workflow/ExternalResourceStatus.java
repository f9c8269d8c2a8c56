package io.jenkins.plugins.calm.core.webhook.workflow;

/**
 * The workflow's own status, as Cloud ALM's {@code externalResourceStatus} takes it: one of exactly
 * these three values.
 */
public enum ExternalResourceStatus {
    /** The workflow runs; the decision is still {@link WorkflowDecision#IN_PROCESS}. */
    STARTED,
    /** The workflow reached a decision (approved or rejected). */
    COMPLETED,
    /** The workflow could not reach a decision (cancelled, builds aborted or lost, nothing to run). */
    FAILED
}
