package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
        throw new UnsupportedOperationException("stub");
    }

    @FunctionalInterface
    protected interface Block {
        void run() throws Exception;
    }

    protected final void run(Block block) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onResume() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull String getStatus() {
        throw new UnsupportedOperationException("stub");
    }
}
