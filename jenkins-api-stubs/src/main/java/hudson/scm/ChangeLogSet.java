package hudson.scm;

import hudson.model.User;
import java.util.Collection;

public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {
    private ChangeLogSet() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean isEmptySet();

    public abstract static class Entry {
        private Entry() {
            throw new UnsupportedOperationException("stub");
        }

        public String getCommitId() {
            throw new UnsupportedOperationException("stub");
        }

        public abstract String getMsg();

        public abstract User getAuthor();

        public abstract Collection<String> getAffectedPaths();
    }
}
