package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class Cause {
    public abstract String getShortDescription();

    public static class UserIdCause extends Cause {
        private UserIdCause() {
            throw new UnsupportedOperationException("stub");
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("stub");
        }

        @Override
        public String getShortDescription() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
