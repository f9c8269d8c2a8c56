package io.jenkins.plugins.calm.steps;

import hudson.AbortException;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.steps.InvalidStepInputException;
import java.io.IOException;

/**
 * Turns calm-core's failures into what Jenkins shows without a stack trace: their messages already say what
 * went wrong and what to do. Anything else (a bug) keeps its stack trace.
 */
final class StepFailures {

    private StepFailures() {}

    /** Work that may fail with a calm-core exception. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, InterruptedException;
    }

    static <T> T abortOnFailure(Work<T> work) throws IOException, InterruptedException {
        try {
            return work.run();
        } catch (InvalidStepInputException | CloudAlmException e) {
            AbortException abort = new AbortException(e.getMessage());
            abort.initCause(e);
            throw abort;
        }
    }
}
