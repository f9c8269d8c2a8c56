package io.jenkins.plugins.calm.core.outbox;

import io.jenkins.plugins.calm.core.CloudAlmException;

/** The outbox cannot do its job with its directory (not writable, locked by another outbox, …). */
public class OutboxException extends CloudAlmException {
    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
