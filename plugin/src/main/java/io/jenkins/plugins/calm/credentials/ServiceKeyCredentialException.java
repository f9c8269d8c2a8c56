package io.jenkins.plugins.calm.credentials;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** A credential ID does not lead to a usable service key; the message names the credential and what to do. */
public class ServiceKeyCredentialException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public ServiceKeyCredentialException(String message) {
        super(message);
    }
}
