package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import java.util.Map;

/** The text of a Cloud ALM build cause. Plain text: Jenkins escapes it wherever it shows it. */
final class CauseText {

    private CauseText() {}

    /**
     * @param featureId the feature's display ID (or UUID)
     * @param status the status it moved to, or the target status of an approval request
     * @param approval whether the build decides an approval request
     */
    static String of(String featureId, String status, boolean approval) {
        return approval
                ? Messages.CloudAlmTriggerCause_ApprovalRequested(featureId, status)
                : Messages.CloudAlmTriggerCause_MovedTo(featureId, status);
    }

    /** @return whether a build request decides an approval request (it carries the workflow ID) */
    static boolean isApproval(Map<String, String> environment) {
        return environment.containsKey(BuildRequest.WORKFLOW_ID);
    }

    /** @return the status the cause names: the target of an approval, else the status the feature moved to */
    static String status(Map<String, String> environment) {
        return environment.getOrDefault(isApproval(environment) ? BuildRequest.TARGET_STATUS : BuildRequest.FEATURE_STATUS, "");
    }
}
