package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.Action;
import hudson.model.EnvironmentContributingAction;
import hudson.model.InvisibleAction;
import hudson.model.Queue;
import hudson.model.Run;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Cloud ALM event a build was started for. It gives the build its {@code CALM_…} environment
 * variables (also in jobs without parameters, and in Pipeline's {@code env}), and it keeps two
 * different events from being merged into one queued build while letting the same event merge.
 */
public final class CloudAlmTriggerAction extends InvisibleAction implements EnvironmentContributingAction, Queue.QueueAction {

    private final TreeMap<String, String> variables;

    /** @param variables the build request's {@code CALM_…} variables */
    public CloudAlmTriggerAction(Map<String, String> variables) {
        this.variables = new TreeMap<>(variables);
    }

    /** @return the variables, as Cloud ALM sent them (untrusted text) */
    public Map<String, String> getVariables() {
        return Collections.unmodifiableMap(variables);
    }

    /** @return the event ID, {@code CALM_EVENT_ID} */
    public String getEventId() {
        return variables.getOrDefault(BuildRequest.EVENT_ID, "");
    }

    @Override
    public void buildEnvironment(@NonNull Run<?, ?> run, @NonNull EnvVars env) {
        env.putAll(variables);
    }

    /**
     * The queue asks this of a queued build with the actions of a new request for the same job.
     * Different unless the new request is for the same Cloud ALM event: a build for one event must
     * never absorb another event, nor a build started by someone else (which would lose the
     * {@code CALM_…} variables).
     */
    @Override
    public boolean shouldSchedule(List<Action> actions) {
        for (Action action : actions) {
            if (action instanceof CloudAlmTriggerAction other) {
                return !other.getEventId().equals(getEventId());
            }
        }
        return true;
    }
}
