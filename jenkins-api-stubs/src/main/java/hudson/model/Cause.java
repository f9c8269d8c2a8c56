package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class Cause {
    private Cause() {
        throw new UnsupportedOperationException("stub");
    }

    public static class UserIdCause extends Cause {
        private UserIdCause() {
            throw new UnsupportedOperationException("stub");
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
