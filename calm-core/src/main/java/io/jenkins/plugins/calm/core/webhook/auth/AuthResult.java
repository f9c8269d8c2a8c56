package io.jenkins.plugins.calm.core.webhook.auth;

/**
 * What the authentication of one delivery found. The HTTP answer deliberately does not tell all of
 * these apart (see {@code WebhookAnswers}); the value is for the Jenkins-side delivery log.
 */
public enum AuthResult {
    /** The secret in the {@code Authorization} header (or an allowed query parameter) matched. */
    AUTHENTICATED(true, "the webhook secret matched"),
    /** The connection is configured to accept deliveries without a secret. */
    NOT_REQUIRED(true, "the connection accepts deliveries without a secret"),
    /** No {@code Authorization} header and no usable secret anywhere else. */
    MISSING(false, "the delivery carried no Authorization header; configure Basic authentication"
            + " (any user, the webhook secret as password) on the BTP destination"),
    /** A secret was presented and it is not the configured one. */
    WRONG(false, "the secret in the Authorization header does not match the connection's webhook secret"),
    /** The header is neither {@code Basic <base64 user:password>} nor {@code Bearer <token>}. */
    MALFORMED(false, "the Authorization header is neither 'Basic <base64 user:password>' nor"
            + " 'Bearer <token>'"),
    /** A secret came in the query string, which this connection does not allow. */
    QUERY_SECRET_REFUSED(false, "the secret came in the query string, which this connection does not"
            + " allow (query strings end up in proxy and access logs); send it in the Authorization header"),
    /** The connection requires a secret but none is configured, so nothing can authenticate. */
    NO_SECRET_CONFIGURED(false, "the connection requires a webhook secret but none is configured;"
            + " set the connection's webhook secret credential");

    private final boolean accepted;
    private final String explanation;

    AuthResult(boolean accepted, String explanation) {
        this.accepted = accepted;
        this.explanation = explanation;
    }

    /** @return whether the delivery may be processed */
    public boolean accepted() {
        return accepted;
    }

    /** @return a sentence for an administrator's log; never contains a secret */
    public String explanation() {
        return explanation;
    }
}
