package io.jenkins.plugins.calm.client;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.CodeListEntry;
import io.jenkins.plugins.calm.core.webhook.payload.StatusNames;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tenant's feature status list ({@code GET /FeatureStatus}) of each connection, as the webhook
 * needs it: {@link #resolver} answers from memory on the request thread (codes not read yet are
 * unknown, which makes the webhook read the list off the request thread and decide again), and
 * {@link #refresh} reads the list from Cloud ALM.
 */
public final class StatusLists {

    private final Function<String, CloudAlmClient> clients;
    private final Map<String, Map<String, String>> namesByCode = new ConcurrentHashMap<>();

    /** @param clients the client of a connection, by name */
    public StatusLists(Function<String, CloudAlmClient> clients) {
        this.clients = clients;
    }

    /** @return what is known of the connection's list now; never calls Cloud ALM */
    public StatusNameResolver resolver(String connection) {
        return code -> Optional.ofNullable(namesByCode.getOrDefault(connection, Map.of()).get(code));
    }

    /** @return the tenant's code of a status display name (any case), from what is known now; never calls Cloud ALM */
    public Optional<String> codeOf(String connection, String statusName) {
        String wanted = StatusNames.normalize(statusName);
        return namesByCode.getOrDefault(connection, Map.of()).entrySet().stream()
                .filter(entry -> StatusNames.normalize(entry.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Reads the connection's list from Cloud ALM again (a code may have been added), then resolves from it. */
    public StatusNameResolver refresh(String connection) {
        CloudAlmClient client = clients.apply(connection);
        client.features().refreshCodeLists();
        return remember(connection, client);
    }

    /** Resolves from the list the connection's client has (reading it once if it has none yet). */
    public StatusNameResolver loaded(String connection) {
        return remember(connection, clients.apply(connection));
    }

    private StatusNameResolver remember(String connection, CloudAlmClient client) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CodeListEntry status : client.features().statuses()) {
            names.put(status.code(), status.name());
        }
        namesByCode.put(connection, Map.copyOf(names));
        return resolver(connection);
    }
}
