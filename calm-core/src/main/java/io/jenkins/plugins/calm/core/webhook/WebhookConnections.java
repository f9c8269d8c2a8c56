package io.jenkins.plugins.calm.core.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured connections, as the endpoint looks them up. A delivery to {@code
 * /cloud-alm-webhook/<name>} uses that connection; a delivery without a name uses the only
 * connection, and is refused when there are several (the URL must say which).
 */
public final class WebhookConnections {

    private final Map<String, WebhookConnection> byName;

    private WebhookConnections(Map<String, WebhookConnection> byName) {
        this.byName = byName;
    }

    /** @throws IllegalArgumentException if two connections share a name */
    public static WebhookConnections of(List<WebhookConnection> connections) {
        Map<String, WebhookConnection> map = new LinkedHashMap<>();
        for (WebhookConnection connection : connections) {
            if (map.put(connection.name(), connection) != null) {
                throw new IllegalArgumentException("Two Cloud ALM connections are named '" + connection.name()
                        + "'; webhook URLs need unique names");
            }
        }
        return new WebhookConnections(map);
    }

    /** @return the connection with this exact name */
    public Optional<WebhookConnection> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @return the connection a URL without a name means: the only one, if there is exactly one */
    public Optional<WebhookConnection> defaultConnection() {
        return byName.size() == 1 ? Optional.of(byName.values().iterator().next()) : Optional.empty();
    }

    /** @return how many connections there are */
    public int size() {
        return byName.size();
    }
}
