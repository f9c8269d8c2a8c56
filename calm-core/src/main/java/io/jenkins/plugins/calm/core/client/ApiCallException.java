package io.jenkins.plugins.calm.core.client;

import io.jenkins.plugins.calm.core.CloudAlmException;

/**
 * A call to Cloud ALM (or its token service) failed. Carries the HTTP method, the URL (which never
 * contains a credential: tokens and secrets travel in headers and bodies only) and the HTTP status,
 * 0 when no response arrived.
 */
public abstract class ApiCallException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String url;
    private final int statusCode;

    protected ApiCallException(String method, String url, int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.url = url;
        this.statusCode = statusCode;
    }

    /** The HTTP method of the failed call. */
    public String method() {
        return method;
    }

    /** The URL of the failed call. */
    public String url() {
        return url;
    }

    /** The HTTP status code of the response, or 0 when no response arrived. */
    public int statusCode() {
        return statusCode;
    }
}
