package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.triggers.Trigger;

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
     * Sealed in the stubs only: Jenkins' job types implement it; the real interface inherits dozens of
     * abstract methods (Item, Queue.Task) that would otherwise have to be declared.
     */
    public sealed interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable>
            permits ParameterizedJobSealing {
    }

    private non-sealed interface ParameterizedJobSealing<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable>
            extends ParameterizedJob<JobT, RunT> {
    }
}
