package io.jenkins.plugins.calm.core.webhook.workflow;

/**
 * One build an approval workflow waits for.
 *
 * @param triggerId the trigger that matched
 * @param handle the plugin's handle of the scheduled build, {@code null} until it is scheduled
 * @param finalState the state once it is final, else {@code null}
 * @param problem why it could not be scheduled, or {@code null}
 */
public record WorkflowBuild(String triggerId, String handle, BuildState finalState, String problem) {

    static WorkflowBuild pending(String triggerId) {
        return new WorkflowBuild(triggerId, null, null, null);
    }

    WorkflowBuild scheduled(String buildHandle) {
        return new WorkflowBuild(triggerId, buildHandle, null, null);
    }

    WorkflowBuild notScheduled(String reason) {
        return new WorkflowBuild(triggerId, null, null, reason);
    }

    WorkflowBuild finished(BuildState state) {
        return new WorkflowBuild(triggerId, handle, state, problem);
    }
}
