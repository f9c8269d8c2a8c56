package io.jenkins.plugins.calm.core.webhook.auth;

/**
 * How one connection authenticates webhook deliveries.
 *
 * @param secret the configured secret, or {@code null} when none is configured
 * @param secretRequired {@code true} (the default) refuses every delivery without the right
 *     secret, and refuses everything when no secret is configured. {@code false} accepts
 *     deliveries without a secret; meant only for a Jenkins behind a reverse proxy that checks
 *     Cloud ALM's client certificate. A configured secret is still checked when one is presented.
 * @param querySecretAllowed whether a secret in the {@code secret} query parameter is accepted
 *     when there is no {@code Authorization} header. Off by default: query strings are written to
 *     proxy and access logs.
 */
public record WebhookAuthPolicy(WebhookSecret secret, boolean secretRequired, boolean querySecretAllowed) {

    /** @return the default policy: the given secret, required, only from the Authorization header */
    public static WebhookAuthPolicy requireSecret(WebhookSecret secret) {
        return new WebhookAuthPolicy(secret, true, false);
    }

    /** @return this policy, also accepting the secret from the query string */
    public WebhookAuthPolicy allowingQuerySecret() {
        return new WebhookAuthPolicy(secret, secretRequired, true);
    }

    @Override
    public String toString() {
        return "WebhookAuthPolicy[secret=" + (secret == null ? "none" : "configured")
                + ", secretRequired=" + secretRequired + ", querySecretAllowed=" + querySecretAllowed + "]";
    }
}
