package io.jenkins.plugins.calm.trigger;

import hudson.model.CauseAction;
import hudson.model.Executor;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildStateProbe;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;

/**
 * Schedules, looks at and aborts the builds of Cloud ALM triggers. Runs as the system: a trigger is
 * the job owner's decision, and the caller of the webhook is nobody Jenkins knows. The build itself
 * runs with whatever authentication the job is configured to run as.
 */
public final class JenkinsBuildLauncher implements BuildLauncher, BuildStateProbe {

    /** How far back a job's history is searched for the build of a queue item that has left the queue. */
    private static final int BUILDS_SEARCHED = 100;
    private static final int BUILD_NUMBERS_KEPT = 10_000;

    /** Handle → build number, once found, so a decision poll does not search the history again. */
    private final Map<String, Integer> buildNumbers = new ConcurrentHashMap<>();

    @Override
    public String schedule(TriggerSpec trigger, BuildRequest request) {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Job<?, ?> job = Jenkins.get().getItemByFullName(trigger.id(), Job.class);
            if (job == null) {
                throw new BuildNotScheduledException(Messages.Launcher_JobGone(trigger.id()));
            }
            Map<String, String> environment = request.environment();
            Queue.Item item = ParameterizedJobMixIn.scheduleBuild2(job, -1,
                    new CauseAction(new CloudAlmTriggerCause(environment)), new CloudAlmTriggerAction(environment));
            if (item == null) {
                throw new BuildNotScheduledException(Messages.Launcher_NotScheduled(job.getFullName()));
            }
            return new BuildHandle(job.getFullName(), item.getId()).toString();
        }
    }

    @Override
    public BuildState stateOf(String handle) {
        Optional<BuildHandle> parsed = BuildHandle.parse(handle);
        if (parsed.isEmpty()) {
            return BuildState.NOT_FOUND;
        }
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Queue.Item item = Queue.getInstance().getItem(parsed.get().queueId());
            if (item != null && !(item instanceof Queue.LeftItem)) {
                return BuildState.QUEUED;
            }
            if (item instanceof Queue.LeftItem left && left.isCancelled()) {
                return BuildState.ABORTED;
            }
            Run<?, ?> run = run(handle, parsed.get());
            if (run == null) {
                // Just left the queue and its build is not in the job's history yet, or gone for good.
                return item != null ? BuildState.RUNNING : BuildState.NOT_FOUND;
            }
            return stateOf(run);
        }
    }

    @Override
    public void abort(String handle) {
        Optional<BuildHandle> parsed = BuildHandle.parse(handle);
        if (parsed.isEmpty()) {
            return;
        }
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Queue.Item item = Queue.getInstance().getItem(parsed.get().queueId());
            if (item != null && !(item instanceof Queue.LeftItem)) {
                Queue.getInstance().cancel(item);
                return;
            }
            Run<?, ?> run = run(handle, parsed.get());
            Executor executor = run == null || !run.isBuilding() ? null : run.getExecutor();
            if (executor != null) {
                executor.interrupt(Result.ABORTED);
            }
        }
    }

    private static BuildState stateOf(Run<?, ?> run) {
        if (run.isBuilding()) {
            return BuildState.RUNNING;
        }
        Result result = run.getResult();
        if (result == Result.SUCCESS) {
            return BuildState.SUCCEEDED;
        }
        // Unstable counts as "no": an approval is given only for a clean build.
        return result == Result.ABORTED || result == Result.NOT_BUILT ? BuildState.ABORTED : BuildState.FAILED;
    }

    /** The build of a queue item that left the queue: known by number, or searched for by queue ID. */
    private Run<?, ?> run(String handle, BuildHandle parsed) {
        Job<?, ?> job = Jenkins.get().getItemByFullName(parsed.job(), Job.class);
        if (job == null) {
            return null;
        }
        Integer number = buildNumbers.get(handle);
        if (number != null) {
            return job.getBuildByNumber(number);
        }
        Run<?, ?> run = job.getLastBuild();
        for (int searched = 0; run != null && searched < BUILDS_SEARCHED; searched++, run = run.getPreviousBuild()) {
            if (run.getQueueId() == parsed.queueId()) {
                if (buildNumbers.size() >= BUILD_NUMBERS_KEPT) {
                    buildNumbers.clear();
                }
                buildNumbers.put(handle, run.getNumber());
                return run;
            }
        }
        return null;
    }
}
