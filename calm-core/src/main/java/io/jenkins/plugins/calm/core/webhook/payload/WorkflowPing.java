package io.jenkins.plugins.calm.core.webhook.payload;

import java.util.Objects;

/**
 * {@code WORKFLOW.PING}: Cloud ALM polls the decision of an approval workflow it started earlier.
 *
 * @param workflowId the ID this endpoint answered to {@code WORKFLOW.STARTED}
 * @param dialect the mapping that shaped the call, and so the answer
 */
public record WorkflowPing(String workflowId, WorkflowDialect dialect) implements WebhookPayload {

    public WorkflowPing {
        Objects.requireNonNull(workflowId, "workflowId");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** A ping as the plugin's own workflow mapping sends it. */
    public WorkflowPing(String workflowId) {
        this(workflowId, WorkflowDialect.PLUGIN_MAPPING);
    }
}
