package io.jenkins.plugins.calm.core.webhook.payload;

import java.util.Objects;

/**
 * {@code WORKFLOW.CANCELED}: the status switch was withdrawn; its builds should be aborted.
 *
 * @param workflowId the ID this endpoint answered to {@code WORKFLOW.STARTED}
 * @param dialect the mapping that shaped the call, and so the answer
 */
public record WorkflowCancel(String workflowId, WorkflowDialect dialect) implements WebhookPayload {

    public WorkflowCancel {
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** A cancellation as the plugin's own workflow mapping sends it. */
    public WorkflowCancel(String workflowId) {
        this(workflowId, WorkflowDialect.PLUGIN_MAPPING);
    }
}
