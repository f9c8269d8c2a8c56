package io.jenkins.plugins.calm.core.webhook.workflow;

/**
 * The plugin's window onto Jenkins for the approval workflow: the state of a build it scheduled.
 * Called on the webhook's request thread while answering {@code WORKFLOW.PING}, so it must
 * answer from memory (the queue and the job's build list), never over the network.
 */
@FunctionalInterface
public interface BuildStateProbe {

    /**
     * @param buildHandle the handle the plugin gave {@link WorkflowRegistry#buildScheduled}
     * @return the build's state; {@link BuildState#NOT_FOUND} if Jenkins does not know it
     */
    BuildState stateOf(String buildHandle);
}
