package hudson.scm;

public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {
    private ChangeLogSet() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract static class Entry {
        private Entry() {
            throw new UnsupportedOperationException("stub");
        }

        public String getCommitId() {
            throw new UnsupportedOperationException("stub");
        }

        public abstract String getMsg();
    }
}
