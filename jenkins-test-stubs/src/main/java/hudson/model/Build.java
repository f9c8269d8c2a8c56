package hudson.model;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> extends AbstractBuild<P, B> {
    /* Package-private: only the stub of FreeStyleBuild extends it. */
    Build() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("stub");
    }
}
