package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * {@code WORKFLOW.CANCELED}: the status switch was withdrawn; its builds should be aborted.
 *
 * @param workflowId the ID this endpoint answered to {@code WORKFLOW.STARTED}
 */
public record WorkflowCancel(String workflowId) implements WebhookPayload {
}
