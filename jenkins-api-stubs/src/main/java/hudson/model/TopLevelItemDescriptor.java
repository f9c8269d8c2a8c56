package hudson.model;

public abstract class TopLevelItemDescriptor extends Descriptor<TopLevelItem> {
    private TopLevelItemDescriptor() {
        throw new UnsupportedOperationException("stub");
    }
}
