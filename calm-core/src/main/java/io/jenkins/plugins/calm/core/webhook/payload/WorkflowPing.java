package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * {@code WORKFLOW.PING}: Cloud ALM polls the decision of an approval workflow it started earlier.
 *
 * @param workflowId the ID this endpoint answered to {@code WORKFLOW.STARTED}
 */
public record WorkflowPing(String workflowId) implements WebhookPayload {
}
