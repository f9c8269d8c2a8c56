package io.jenkins.plugins.calm.core.client;

/**
 * No valid access token: the token service refused the client credentials, or Cloud ALM kept
 * answering 401 after a fresh token. A person must fix the credential (a new service key).
 */
public class AuthenticationFailedException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String method, String url, int statusCode, String message) {
        super(method, url, statusCode, message, null);
    }
}
