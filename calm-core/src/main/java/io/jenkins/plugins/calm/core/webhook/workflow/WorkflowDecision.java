package io.jenkins.plugins.calm.core.webhook.workflow;

/** The decision of an approval workflow, with the names Cloud ALM's workflow mapping expects. */
public enum WorkflowDecision {
    /** The builds are still queued or running. */
    IN_PROCESS,
    /** Every build succeeded: Cloud ALM may apply the status switch. */
    APPROVED,
    /** A build failed, or the workflow could not run its builds: the switch is refused. */
    REJECTED
}
