package io.jenkins.plugins.calm.core.client;

/**
 * The calling thread was interrupted (for example a Jenkins build was aborted) while a call was
 * running or waiting to be retried. The thread's interrupt flag is set again before this is thrown.
 */
public class CallInterruptedException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public CallInterruptedException(String method, String url, String message) {
        super(method, url, 0, message, null);
    }
}
