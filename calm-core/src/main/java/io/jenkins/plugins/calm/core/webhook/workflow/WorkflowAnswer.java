package io.jenkins.plugins.calm.core.webhook.workflow;

/**
 * What the endpoint tells Cloud ALM about one approval workflow.
 *
 * @param workflowId the workflow's ID
 * @param decision the decision
 * @param status the workflow's status
 * @param detail for the delivery log only (may name jobs); never sent to Cloud ALM
 */
public record WorkflowAnswer(String workflowId, WorkflowDecision decision, ExternalResourceStatus status, String detail) {
}
