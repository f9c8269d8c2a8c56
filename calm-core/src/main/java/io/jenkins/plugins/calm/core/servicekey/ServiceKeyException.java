package io.jenkins.plugins.calm.core.servicekey;

import io.jenkins.plugins.calm.core.CloudAlmException;

/**
 * The service key (or the manually entered connection fields) cannot be used. The message names
 * the exact field, e.g. {@code uaa.clientsecret}, and says what to paste instead; it never repeats
 * a field's value.
 */
public class ServiceKeyException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ServiceKeyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field as written in the key (e.g. {@code uaa.url}), or {@code null} for the whole key. */
    public String field() {
        return field;
    }
}
