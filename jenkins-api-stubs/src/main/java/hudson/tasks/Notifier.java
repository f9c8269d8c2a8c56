package hudson.tasks;

import hudson.ExtensionPoint;

public abstract class Notifier extends Publisher implements ExtensionPoint {
    protected Notifier() {
        throw new UnsupportedOperationException("stub");
    }
}
