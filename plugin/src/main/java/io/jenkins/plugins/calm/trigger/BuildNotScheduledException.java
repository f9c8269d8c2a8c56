package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** A trigger matched but its job could not be scheduled; the message names the job and the reason. */
public class BuildNotScheduledException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public BuildNotScheduledException(String message) {
        super(message);
    }
}
