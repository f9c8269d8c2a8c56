package hudson.model;

/* The real class implements FoldableAction and RunAction2; only their common supertype Action is declared here. */
public class CauseAction implements Action {
    public CauseAction(Cause c) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("stub");
    }
}
