package io.jenkins.plugins.calm.core.webhook.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one matched event asks of Jenkins: the environment of the build and its cause's text. The
 * same request goes to every matched trigger; the plugin adds the event ID to each build so that
 * two different events are never merged into one queued build.
 *
 * <p>Values are raw Cloud ALM text: the plugin escapes them wherever it renders HTML.
 *
 * @param environment the {@code CALM_…} variables, in a stable order; unknown values are empty strings
 * @param causeText e.g. {@code Cloud ALM feature 6-123 moved to In Testing}
 */
public record BuildRequest(Map<String, String> environment, String causeText) {

    /** Display ID of the feature, or its UUID when the event named no display ID (the steps accept both). */
    public static final String FEATURE_ID = "CALM_FEATURE_ID";
    public static final String FEATURE_UUID = "CALM_FEATURE_UUID";
    public static final String FEATURE_TITLE = "CALM_FEATURE_TITLE";
    /** The status display name the feature is in. */
    public static final String FEATURE_STATUS = "CALM_FEATURE_STATUS";
    /** The status it came from, empty when the event did not say. */
    public static final String PREVIOUS_STATUS = "CALM_PREVIOUS_STATUS";
    public static final String PROJECT_ID = "CALM_PROJECT_ID";
    public static final String EVENT_ID = "CALM_EVENT_ID";
    /** The name of the Cloud ALM connection. */
    public static final String CONNECTION = "CALM_CONNECTION";
    /** Approval builds only: the status the switch would move the feature to. */
    public static final String TARGET_STATUS = "CALM_TARGET_STATUS";
    /** Approval builds only: the workflow ID Cloud ALM polls. */
    public static final String WORKFLOW_ID = "CALM_WORKFLOW_ID";

    public BuildRequest {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** @return this request with the approval workflow's ID added */
    public BuildRequest withWorkflowId(String workflowId) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put(WORKFLOW_ID, workflowId);
        env.put(EVENT_ID, workflowId);
        return new BuildRequest(env, causeText);
    }

    /** @return the event ID the build carries */
    public String eventId() {
        return environment.get(EVENT_ID);
    }
}
