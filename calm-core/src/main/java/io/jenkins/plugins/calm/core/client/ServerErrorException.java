package io.jenkins.plugins.calm.core.client;

/** Cloud ALM (or a gateway in front of it) answered 5xx. Usually an outage: try again later. */
public class ServerErrorException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(String method, String url, int statusCode, String message) {
        super(method, url, statusCode, message, null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
