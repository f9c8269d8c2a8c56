package io.jenkins.plugins.calm.core.client;

/**
 * The response is not what the Cloud ALM API sends: malformed JSON, an HTML page (a login page, a
 * proxy's error page), a missing field, a paging link to another host. Often a wrong API URL.
 */
public class UnexpectedResponseException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String method, String url, int statusCode, String message) {
        super(method, url, statusCode, message, null);
    }
}
