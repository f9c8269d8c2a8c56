package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** A webhook event named a feature that the connection's service key cannot find. */
public class FeatureNotFoundException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public FeatureNotFoundException(String message) {
        super(message);
    }
}
