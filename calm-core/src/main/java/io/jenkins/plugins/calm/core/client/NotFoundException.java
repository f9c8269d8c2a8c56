package io.jenkins.plugins.calm.core.client;

/** Cloud ALM answered 404: the feature, transport, task or path does not exist (for this key). */
public class NotFoundException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    private final ODataError error;

    public NotFoundException(String method, String url, ODataError error, String message) {
        super(method, url, 404, message, null);
        this.error = error;
    }

    /** The error body Cloud ALM sent, when it sent one. */
    public ODataError error() {
        return error;
    }
}
