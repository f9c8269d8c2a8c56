package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.CloudAlmException;

/**
 * A step cannot do what the pipeline asked, for a reason found in Cloud ALM (the feature's status
 * forbids it, a transport belongs to another feature, a wait ended in a fail-on status). The
 * message says what was found and what to do; the plugin shows it without a stack trace.
 */
public class StepFailureException extends CloudAlmException {
    private static final long serialVersionUID = 1L;

    public StepFailureException(String message) {
        super(message);
    }

    public StepFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
