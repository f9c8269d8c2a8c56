package io.jenkins.plugins.calm.trigger;

import hudson.model.Cause;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Why a build started: "Cloud ALM feature 6-123 moved to In Testing", or "… requests approval to move
 * to Successfully Tested". The feature ID and status come from Cloud ALM; Jenkins shows the text
 * escaped (it is never HTML).
 */
public final class CloudAlmTriggerCause extends Cause {

    private final String featureId;
    private final String status;
    private final boolean approval;
    private final String connection;
    private final String eventId;

    /** @param environment the build request's {@code CALM_…} variables */
    public CloudAlmTriggerCause(Map<String, String> environment) {
        this.featureId = environment.getOrDefault(BuildRequest.FEATURE_ID, "");
        this.status = CauseText.status(environment);
        this.approval = CauseText.isApproval(environment);
        this.connection = environment.getOrDefault(BuildRequest.CONNECTION, "");
        this.eventId = environment.getOrDefault(BuildRequest.EVENT_ID, "");
    }

    @Override
    public String getShortDescription() {
        return CauseText.of(featureId, status, approval);
    }

    public String getFeatureId() {
        return featureId;
    }

    public String getStatus() {
        return status;
    }

    public boolean isApproval() {
        return approval;
    }

    public String getConnection() {
        return connection;
    }

    public String getEventId() {
        return eventId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CloudAlmTriggerCause that && approval == that.approval && featureId.equals(that.featureId)
                && status.equals(that.status) && connection.equals(that.connection) && eventId.equals(that.eventId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureId, status, approval, connection, eventId);
    }
}
