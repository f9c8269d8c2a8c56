package io.jenkins.plugins.calm.core.webhook.payload;

/** One parsed delivery: a feature change, one of the approval-workflow calls, or an event to ignore. */
public sealed interface WebhookPayload
        permits FeatureChange, WorkflowStart, WorkflowPing, WorkflowCancel, IgnoredEvent {
}
