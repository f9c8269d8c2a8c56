package hudson.tasks;

import hudson.model.Describable;

public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {
    /* Deprecated in the real API ("extend Recorder or Notifier"); declared so that Notifier's constructor compiles. */
    @Deprecated
    protected Publisher() {
        throw new UnsupportedOperationException("stub");
    }
}
