package io.jenkins.plugins.calm.core.client;

import java.time.Duration;
import java.util.Optional;

/** Cloud ALM (or a gateway in front of it) answered 5xx. Usually an outage: try again later. */
public class ServerErrorException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServerErrorException(String method, String url, int statusCode, String message) {
        this(method, url, statusCode, null, message);
    }

    /** @param retryAfter the {@code Retry-After} a 503 may carry, or {@code null} */
    public ServerErrorException(String method, String url, int statusCode, Duration retryAfter, String message) {
        super(method, url, statusCode, message, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait ({@code Retry-After}, typically on 503 during maintenance),
     * if it said; a durable queue or a poller should not come back earlier.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
