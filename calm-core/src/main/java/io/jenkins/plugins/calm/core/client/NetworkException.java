package io.jenkins.plugins.calm.core.client;

import java.io.IOException;

/**
 * No (complete) response: DNS failure, refused connection, TLS handshake failure, timeout, proxy
 * problem. The cause is the original {@link IOException}.
 */
public class NetworkException extends ApiCallException {

    private static final long serialVersionUID = 1L;

    public NetworkException(String method, String url, String message, IOException cause) {
        super(method, url, 0, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
