package io.jenkins.plugins.calm.core.client.http;

/** Where {@link CallExecutor} gets access tokens from. Implemented by the OAuth token provider. */
public interface BearerTokens {

    /** A token that is valid now (cached or freshly requested). */
    String current();

    /**
     * Cloud ALM answered 401 to {@code token}: forget it (if it is still the cached one) so that
     * the next {@link #current()} fetches a new one.
     */
    void rejected(String token);
}
