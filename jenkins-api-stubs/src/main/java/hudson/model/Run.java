package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    /* Not in the real API: lets the stubs of Jenkins' own run types in this package extend the stub. */
    Run() {
        throw new UnsupportedOperationException("stub");
    }

    protected Run(@NonNull JobT job) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("stub");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public long getQueueId() {
        throw new UnsupportedOperationException("stub");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public Executor getExecutor() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
