package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Items;
import hudson.model.Job;
import hudson.security.ACL;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildStateProbe;
import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;

/**
 * The routing index of every "Cloud ALM feature status" trigger in this Jenkins, and the one launcher
 * that starts the builds of both Cloud ALM triggers.
 */
@Extension
public final class TriggerIndex {

    private final TriggerRegistry registry = new TriggerRegistry(new TriggerRouter(List.of()));
    private final JenkinsBuildLauncher builds = new JenkinsBuildLauncher();
    private final BuildLauncher launcher = new OncePerEvent(builds, Clock.systemUTC());

    private static TriggerIndex get() {
        return ExtensionList.lookupSingleton(TriggerIndex.class);
    }

    @NonNull
    public static TriggerRegistry registry() {
        return get().registry;
    }

    /** Starts trigger builds, each job at most once per Cloud ALM event (shared by the webhook and polling). */
    @NonNull
    public static BuildLauncher launcher() {
        return get().launcher;
    }

    /** How the approval workflow sees the builds it started. */
    @NonNull
    public static BuildStateProbe buildStates() {
        return get().builds;
    }

    /**
     * Builds the index from every job, as the system so that no job is missed for lack of a
     * permission: the webhook decides for everybody and reveals no job to its caller.
     */
    static void rebuild() {
        Iterable<Job> jobs = Items.allItems2(ACL.SYSTEM2, Jenkins.get(), Job.class);
        Map<Object, Supplier<TriggerSpec>> found = new IdentityHashMap<>();
        for (Job<?, ?> job : jobs) {
            CloudAlmStatusTrigger trigger = ParameterizedJobMixIn.getTrigger(job, CloudAlmStatusTrigger.class);
            if (trigger != null) {
                found.put(trigger, () -> trigger.spec(job.getFullName()));
            }
        }
        registry().replaceAll(found);
    }
}
