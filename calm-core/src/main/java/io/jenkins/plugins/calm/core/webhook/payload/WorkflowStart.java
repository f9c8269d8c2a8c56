package io.jenkins.plugins.calm.core.webhook.payload;

import java.util.Objects;

/**
 * {@code WORKFLOW.STARTED}: someone asked Cloud ALM to switch a feature to {@link #target()} and
 * Cloud ALM asks this endpoint, as the switch's external approval workflow, to decide.
 *
 * @param feature the feature
 * @param current the status the feature is in now
 * @param target the status the switch would move it to
 * @param triggeredBy who started the switch, or {@code null}
 * @param dialect the mapping that shaped the call, and so the answer
 */
public record WorkflowStart(FeatureFacts feature, StatusRef current, StatusRef target, String triggeredBy, WorkflowDialect dialect)
        implements WebhookPayload {

    public WorkflowStart {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(dialect, "dialect");
        current = current == null ? StatusRef.UNKNOWN : current;
        target = target == null ? StatusRef.UNKNOWN : target;
    }

    /** A start as the plugin's own workflow mapping sends it. */
    public WorkflowStart(FeatureFacts feature, StatusRef current, StatusRef target, String triggeredBy) {
        this(feature, current, target, triggeredBy, WorkflowDialect.PLUGIN_MAPPING);
    }
}
