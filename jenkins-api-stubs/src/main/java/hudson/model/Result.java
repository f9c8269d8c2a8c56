package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    private Result() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull String toString() {
        throw new UnsupportedOperationException("stub");
    }
}
