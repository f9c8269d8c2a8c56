package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    Job() {
        throw new UnsupportedOperationException("stub");
    }

    public final @NonNull String getFullName() {
        throw new UnsupportedOperationException("stub");
    }
}
