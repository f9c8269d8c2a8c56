package io.jenkins.plugins.calm.core.client;

/**
 * Cloud ALM answered 403: the token lacks the scope the route needs (or the project is private or
 * protected, which needs extra scopes). {@link #scope()} names the scope, e.g.
 * {@code calm-api.features.write}; the administrator adds it to the {@code authorities} of the
 * "SAP Cloud ALM API" service instance and creates a new key.
 */
public class MissingScopeException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final String scope;

    public MissingScopeException(String method, String url, String scope, String message) {
        super(method, url, 403, message, null);
        this.scope = scope;
    }

    /** The scope the refused route needs, without the {@code $XSMASTERAPPNAME.} prefix. */
    public String scope() {
        return scope;
    }
}
