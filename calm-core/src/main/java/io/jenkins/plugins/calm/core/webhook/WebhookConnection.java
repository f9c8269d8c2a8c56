package io.jenkins.plugins.calm.core.webhook;

import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFieldMapping;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.util.Objects;

/**
 * What the webhook endpoint needs to know about one configured Cloud ALM connection.
 *
 * @param name the connection's name; it is also the optional last segment of the webhook URL
 * @param auth how deliveries authenticate
 * @param fieldMapping a custom field mapping for feature events, or {@code null} to recognise the
 *     Resource Changes envelope and the recommended mapping's payload
 * @param statusNames the connection's status code → name list (the client's cached {@code /FeatureStatus})
 */
public record WebhookConnection(
        String name, WebhookAuthPolicy auth, FeatureFieldMapping fieldMapping, StatusNameResolver statusNames) {

    public WebhookConnection {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A Cloud ALM connection needs a name");
        }
        Objects.requireNonNull(auth, "auth");
        statusNames = statusNames == null ? StatusNameResolver.NONE : statusNames;
    }
}
