package io.jenkins.plugins.calm.core;

/**
 * Root of every failure raised by calm-core.
 *
 * <p>Unchecked, because almost every caller (a pipeline step, a webhook handler, the wait engine)
 * can do nothing better than report it; the subclasses say what went wrong so that callers that
 * <em>can</em> react (retry later, ask for another scope) catch exactly that meaning.
 *
 * <p>Contract for every subclass: the message says what failed, where, and what a person can do
 * about it, and it never contains a secret (client secret, private key, access token).
 */
public class CloudAlmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CloudAlmException(String message) {
        super(message);
    }

    public CloudAlmException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the same operation may succeed later without anybody changing anything
     * (throttling, an outage, a network hiccup). A durable outbox keeps such work and tries again;
     * anything else needs a person to change configuration or input first.
     */
    public boolean isTransient() {
        return false;
    }
}
