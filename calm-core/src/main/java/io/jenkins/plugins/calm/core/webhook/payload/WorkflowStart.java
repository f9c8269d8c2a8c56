package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * {@code WORKFLOW.STARTED}: someone asked Cloud ALM to switch a feature to {@link #target()} and
 * Cloud ALM asks this endpoint, as the switch's external approval workflow, to decide.
 *
 * @param feature the feature
 * @param current the status the feature is in now
 * @param target the status the switch would move it to
 * @param triggeredBy who started the switch, or {@code null}
 */
public record WorkflowStart(FeatureFacts feature, StatusRef current, StatusRef target, String triggeredBy)
        implements WebhookPayload {
}
