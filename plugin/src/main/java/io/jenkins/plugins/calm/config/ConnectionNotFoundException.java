package io.jenkins.plugins.calm.config;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** No configured connection matches what a step, trigger or webhook call asked for; the message says what to do. */
public class ConnectionNotFoundException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public ConnectionNotFoundException(String message) {
        super(message);
    }
}
