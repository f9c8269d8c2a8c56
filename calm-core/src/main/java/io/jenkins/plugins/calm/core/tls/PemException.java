package io.jenkins.plugins.calm.core.tls;

import io.jenkins.plugins.calm.core.CloudAlmException;

/**
 * A PEM text (certificate or private key) could not be read. The message names the input by the
 * label the caller gave (for example {@code uaa.key}) and never repeats its content.
 */
public class PemException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    public PemException(String message) {
        super(message);
    }
}
