package hudson.model;

import hudson.model.queue.QueueTaskFuture;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import java.io.IOException;
import java.util.Map;
import jenkins.model.ParameterizedJobMixIn;

public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R>
        implements ParameterizedJobMixIn.ParameterizedJob<P, R> {
    /* Package-private: only the stubs of Jenkins' own project types extend it. */
    AbstractProject() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public RunMap<R> _getRuns() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void removeRun(R run) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public BuildAuthorizationToken getAuthToken() {
        throw new UnsupportedOperationException("stub");
    }

    public QueueTaskFuture<R> scheduleBuild2(int quietPeriod) {
        throw new UnsupportedOperationException("stub");
    }

    public void addTrigger(Trigger<?> trigger) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Trigger> T getTrigger(Class<T> clazz) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Map<TriggerDescriptor, Trigger<?>> getTriggers() {
        throw new UnsupportedOperationException("stub");
    }
}
