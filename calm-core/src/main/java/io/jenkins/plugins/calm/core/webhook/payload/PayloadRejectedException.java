package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * The one exception the payload parser throws: the delivery is not something this endpoint can
 * read. Its message is short, names where the problem is, and never echoes payload content beyond
 * a sanitized field name, so it can go into the HTTP answer (400) and the log as it is.
 */
public class PayloadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PayloadRejectedException(String message) {
        super(message);
    }

    public PayloadRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
