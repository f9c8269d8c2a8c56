package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildStateProbe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stands in for Jenkins' build queue: records what was scheduled and aborted; states are set by the test. */
public final class RecordingLauncher implements BuildLauncher, BuildStateProbe {

    /** One scheduled build. */
    public record Scheduled(String job, Map<String, String> environment, String handle) {
    }

    public final List<Scheduled> scheduled = new ArrayList<>();
    public final List<String> aborted = new ArrayList<>();
    public final Map<String, BuildState> states = new HashMap<>();
    public final Set<String> refusing = new HashSet<>();

    @Override
    public synchronized String schedule(TriggerSpec trigger, BuildRequest request) {
        if (refusing.contains(trigger.id())) {
            throw new BuildNotScheduledException("The job " + trigger.id() + " is disabled");
        }
        String handle = new BuildHandle(trigger.id(), scheduled.size() + 1).toString();
        scheduled.add(new Scheduled(trigger.id(), request.environment(), handle));
        states.put(handle, BuildState.QUEUED);
        return handle;
    }

    @Override
    public synchronized void abort(String handle) {
        aborted.add(handle);
        states.put(handle, BuildState.ABORTED);
    }

    @Override
    public synchronized BuildState stateOf(String handle) {
        return states.getOrDefault(handle, BuildState.NOT_FOUND);
    }

    public synchronized List<String> jobs() {
        return scheduled.stream().map(Scheduled::job).toList();
    }
}
