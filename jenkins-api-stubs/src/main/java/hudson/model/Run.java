package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    private Run() {
        throw new UnsupportedOperationException("stub");
    }

    public long getQueueId() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public Result getResult() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public Executor getExecutor() {
        throw new UnsupportedOperationException("stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
