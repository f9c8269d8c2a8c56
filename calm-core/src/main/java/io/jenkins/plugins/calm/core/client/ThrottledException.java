package io.jenkins.plugins.calm.core.client;

import java.time.Duration;
import java.util.Optional;

/** Cloud ALM answered 429 (too many requests) and retrying did not help or was not allowed. */
public class ThrottledException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ThrottledException(String method, String url, Duration retryAfter, String message) {
        super(method, url, 429, message, null);
        this.retryAfter = retryAfter;
    }

    /** How long Cloud ALM asked to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
