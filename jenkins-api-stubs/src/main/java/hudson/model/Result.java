package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    private Result() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    public static final Result SUCCESS = null;

    @NonNull
    public static final Result UNSTABLE = null;

    @NonNull
    public static final Result FAILURE = null;

    @NonNull
    public static final Result NOT_BUILT = null;

    @NonNull
    public static final Result ABORTED = null;

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException("stub");
    }
}
