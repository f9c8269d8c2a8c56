package org.jenkinsci.plugins.workflow.job;

import hudson.model.Queue;
import hudson.model.Run;
import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/*
 * The real class reaches Queue.Executable through FlowExecutionOwner.Executable, and also implements
 * LazyBuildMixIn.LazyLoadingRun and RunWithSCM.
 */
public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements Queue.Executable {
    private WorkflowRun() throws IOException {
        super(null);
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub");
    }

    public HttpResponse doStop() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }
}
