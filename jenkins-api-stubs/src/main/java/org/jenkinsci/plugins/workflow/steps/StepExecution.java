package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.function.Consumer;

public abstract class StepExecution implements Serializable {
    protected StepExecution(@NonNull StepContext context) {
        throw new UnsupportedOperationException("stub");
    }

    public @NonNull StepContext getContext() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void onResume() {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull String getStatus() {
        throw new UnsupportedOperationException("stub");
    }

    public static <T extends StepExecution> ListenableFuture<?> acceptAll(Class<T> type, Consumer<T> c) {
        throw new UnsupportedOperationException("stub");
    }
}
