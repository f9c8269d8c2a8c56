package io.jenkins.plugins.calm.core.webhook.payload;

import io.jenkins.plugins.calm.core.CloudAlmException;

/**
 * The one exception the payload parser throws: the delivery is not something this endpoint can
 * read. Its message is short, names where the problem is, and never echoes payload content beyond
 * a sanitized field name, so it can go into the HTTP answer (400) and the log as it is. Not
 * {@linkplain #isTransient() transient}: the same body is rejected again until the sender's
 * mapping changes.
 */
public class PayloadRejectedException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public PayloadRejectedException(String message) {
        super(message);
    }

    public PayloadRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
