package hudson.model;

import hudson.tasks.Builder;
import hudson.tasks.Publisher;
import hudson.util.DescribableList;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>> extends AbstractProject<P, B> {
    /* Package-private: only the stub of FreeStyleProject extends it. */
    Project() {
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
        throw new UnsupportedOperationException("stub");
    }

    public DescribableList<Publisher, Descriptor<Publisher>> getPublishersList() {
        throw new UnsupportedOperationException("stub");
    }
}
