package io.jenkins.plugins.calm.core.webhook.routing;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a tenant's feature status code into its display name. The plugin backs it with the
 * client's cached {@code GET /FeatureStatus} list of the connection, so no code is ever written
 * into this project. It is called on the webhook's request thread: it must answer from memory.
 */
@FunctionalInterface
public interface StatusNameResolver {

    /** Knows no code; events are routed by the status names their payloads carry. */
    StatusNameResolver NONE = code -> Optional.empty();

    /** @return the display name of {@code code}, or empty when the code is not known (yet) */
    Optional<String> nameOf(String code);

    /** @return a resolver over a fixed {@code code → name} list */
    static StatusNameResolver of(Map<String, String> namesByCode) {
        Map<String, String> copy = Map.copyOf(namesByCode);
        return code -> Optional.ofNullable(copy.get(code));
    }
}
