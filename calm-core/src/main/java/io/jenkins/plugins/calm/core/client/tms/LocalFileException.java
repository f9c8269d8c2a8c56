package io.jenkins.plugins.calm.core.client.tms;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** A file to upload is missing or unreadable on this machine (nothing was sent). */
public class LocalFileException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public LocalFileException(String message) {
        super(message);
    }
}
