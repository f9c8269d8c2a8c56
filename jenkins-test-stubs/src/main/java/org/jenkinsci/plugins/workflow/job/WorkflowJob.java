package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildAuthorizationToken;
import hudson.model.Job;
import hudson.model.RunMap;
import hudson.model.TopLevelItem;
import hudson.model.TopLevelItemDescriptor;
import hudson.model.queue.QueueTaskFuture;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import java.io.IOException;
import java.util.Map;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/* The real class also implements LazyBuildMixIn.LazyLoadingJob, Queue.FlyweightTask, SCMTriggerItem and BlockableResume. */
@SuppressWarnings("deprecation")
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>, TopLevelItem {
    private WorkflowJob() {
        super(null, null);
        throw new UnsupportedOperationException("stub");
    }

    public void setDefinition(FlowDefinition definition) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean isBuildable() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    protected RunMap<WorkflowRun> _getRuns() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    protected void removeRun(WorkflowRun run) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public WorkflowRun getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public WorkflowRun getLastBuild() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull QueueTaskFuture<WorkflowRun> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public BuildAuthorizationToken getAuthToken() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public TopLevelItemDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Map<TriggerDescriptor, Trigger<?>> getTriggers() {
        throw new UnsupportedOperationException("stub");
    }

    public void addTrigger(Trigger trigger) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
