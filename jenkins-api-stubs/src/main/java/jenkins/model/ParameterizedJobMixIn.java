package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildAuthorizationToken;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import java.io.IOException;
import java.util.Map;

public abstract class ParameterizedJobMixIn<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {
    private ParameterizedJobMixIn() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static Queue.Item scheduleBuild2(final Job<?, ?> job, int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static <T extends Trigger<?>> T getTrigger(Job<?, ?> job, Class<T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    /*
     * The real interface reaches Item and Queue.Task through BuildableItem, and declares getTriggers() in
     * TriggeredItem. Item's methods are implemented by AbstractItem, as in Jenkins.
     */
    public interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable>
            extends Item, Queue.Task {
        @SuppressWarnings("deprecation")
        @CheckForNull
        BuildAuthorizationToken getAuthToken();

        Map<TriggerDescriptor, Trigger<?>> getTriggers();

        @Override
        default RunT createExecutable() throws IOException {
            throw new UnsupportedOperationException("stub");
        }
    }
}
