package hudson.model;

import java.io.IOException;
import java.util.Collection;
import java.util.SortedMap;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {
    /* Not in the real API: lets the stubs of Jenkins' own job types in this package extend the stub. */
    Job() {
        throw new UnsupportedOperationException("stub");
    }

    protected Job(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean isBuildable();

    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();

    protected abstract void removeRun(RunT run);

    @Override
    public Collection<? extends Job> getAllJobs() {
        throw new UnsupportedOperationException("stub");
    }

    public void renameTo(String newName) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("stub");
    }

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
