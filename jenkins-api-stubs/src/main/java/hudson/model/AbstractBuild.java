package hudson.model;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R>
        implements Queue.Executable {
    /* Package-private: only the stubs of Jenkins' own build types extend it. */
    AbstractBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
