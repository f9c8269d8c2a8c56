package hudson.triggers;

import hudson.model.Descriptor;
import hudson.model.Item;

public abstract class TriggerDescriptor extends Descriptor<Trigger<?>> {
    protected TriggerDescriptor() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean isApplicable(Item item);
}
