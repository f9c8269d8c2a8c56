package io.jenkins.plugins.calm.core.webhook.workflow;

import java.util.List;

/**
 * The result of {@code WORKFLOW.CANCELED}.
 *
 * @param answer what to tell Cloud ALM
 * @param buildsToAbort the handles of the workflow's builds that may still be queued or running
 */
public record Cancellation(WorkflowAnswer answer, List<String> buildsToAbort) {

    public Cancellation {
        buildsToAbort = List.copyOf(buildsToAbort);
    }
}
