package io.jenkins.plugins.calm.core.steps;

/**
 * A step was given (or found) input it cannot use. The message is written for the person who wrote
 * the pipeline: it names the value, where it came from and what to do instead, so the plugin shows
 * it as is, without a stack trace.
 */
public class InvalidStepInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidStepInputException(String message) {
        super(message);
    }
}
