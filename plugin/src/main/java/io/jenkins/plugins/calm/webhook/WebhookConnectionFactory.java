package io.jenkins.plugins.calm.webhook;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnection;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookSecret;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFieldMapping;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** How a configured connection authenticates and reads webhook deliveries. */
public final class WebhookConnectionFactory {

    private static final Logger LOGGER = Logger.getLogger(WebhookConnectionFactory.class.getName());

    /* Parsed custom field mappings by their text: parsed once, and a broken one is reported once. */
    private final Map<String, FeatureFieldMapping> mappings = new ConcurrentHashMap<>();
    private final Map<String, String> brokenMappings = new ConcurrentHashMap<>();

    /**
     * @param connection the configured connection
     * @param secret the text of its webhook secret credential, or {@code null} when it has none (then
     *     every delivery is refused: a secret is always required)
     * @param statusNames its status list, answering from memory
     */
    public WebhookConnection of(CloudAlmConnection connection, @CheckForNull String secret, StatusNameResolver statusNames) {
        WebhookSecret webhookSecret = secret == null || secret.isBlank() ? null : WebhookSecret.of(secret);
        WebhookAuthPolicy auth = new WebhookAuthPolicy(webhookSecret, true, connection.isWebhookQuerySecretAllowed());
        return new WebhookConnection(connection.getName(), auth, mapping(connection), statusNames);
    }

    /** The custom field mapping; a broken one is logged and the payload kinds the endpoint knows are read instead. */
    @CheckForNull
    private FeatureFieldMapping mapping(CloudAlmConnection connection) {
        String text = connection.getWebhookFieldMapping();
        if (text == null) {
            return null;
        }
        FeatureFieldMapping parsed = mappings.get(text);
        if (parsed != null) {
            return parsed;
        }
        try {
            parsed = FeatureFieldMapping.parse(text);
            mappings.put(text, parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            if (brokenMappings.put(text, e.getMessage()) == null) {
                LOGGER.warning("Cloud ALM connection '" + connection.getName() + "': " + e.getMessage()
                        + " Deliveries are read as the Resource Changes envelope or the recommended mapping until it is fixed.");
            }
            return null;
        }
    }
}
