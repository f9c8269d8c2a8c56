package io.jenkins.plugins.calm.core.client;

/**
 * Cloud ALM refused the request as such (400, 409, 422 and other 4xx that are not about
 * credentials, scopes or existence), e.g. an invalid status switch or a missing mandatory field.
 * Repeating it unchanged fails again.
 */
public class RequestRejectedException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final ODataError error;

    public RequestRejectedException(String method, String url, int statusCode, ODataError error, String message) {
        super(method, url, statusCode, message, null);
        this.error = error;
    }

    /** What Cloud ALM said: OData error code, message and details (empty values when it sent no JSON error). */
    public ODataError error() {
        return error;
    }
}
