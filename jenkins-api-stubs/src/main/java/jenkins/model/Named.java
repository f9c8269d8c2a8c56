package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;

public interface Named {
    @NonNull
    String getName();
}
