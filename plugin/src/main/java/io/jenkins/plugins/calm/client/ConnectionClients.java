package io.jenkins.plugins.calm.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsLookup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The Cloud ALM clients of the configured connections, shared so that steps, the wait engine and
 * the outbox reuse access tokens and code lists instead of fetching them for every call. A client
 * is replaced when its connection is reconfigured or its credential holds another key.
 *
 * <p>Credentials are resolved on every request for a client: for a build in the build's context
 * ({@link #forRun}, which records the use on the build and fails if the job may not see the
 * credential), for background work as the system on the Jenkins root ({@link #forBackground},
 * {@link #forTriggers}), since the connection itself was configured by an administrator.
 */
public final class ConnectionClients {

    private static final Map<String, Cached> STEP_CLIENTS = new ConcurrentHashMap<>();
    private static final Map<String, Cached> BACKGROUND_CLIENTS = new ConcurrentHashMap<>();
    private static final Map<String, Cached> TRIGGER_CLIENTS = new ConcurrentHashMap<>();
    private static final StatusLists TRIGGER_STATUS_LISTS = new StatusLists(ConnectionClients::forTriggers);

    private record Cached(CloudAlmConnection connection, ServiceKey key, CloudAlmClient client) {}

    private ConnectionClients() {}

    /** The client a step of {@code run} uses for {@code connection}. */
    public static CloudAlmClient forRun(Run<?, ?> run, CloudAlmConnection connection) {
        ServiceKey key = ServiceKeyCredentialsLookup.forRun(run, connection.getCredentialsId());
        return cached(STEP_CLIENTS, connection, key, CloudAlmClients::forConnection);
    }

    /** The client the wait engine and the outbox use for {@code connection}: no retries inside a call. */
    public static CloudAlmClient forBackground(CloudAlmConnection connection) {
        ServiceKey key = ServiceKeyCredentialsLookup.forAdministrator(connection.getCredentialsId());
        return cached(BACKGROUND_CLIENTS, connection, key, CloudAlmClients::forBackground);
    }

    /**
     * The client the Cloud ALM triggers use for Jenkins' own work (the webhook reading a feature or
     * the status list, the polling trigger), on threads of their own: with the client's retries, since
     * nothing retries around these calls.
     *
     * @param connectionName the connection's name, or {@code null} for the only one
     * @throws io.jenkins.plugins.calm.core.CloudAlmException when the connection or its service key cannot be used
     */
    public static CloudAlmClient forTriggers(@CheckForNull String connectionName) {
        CloudAlmConnection connection = CloudAlmConfiguration.get().connection(connectionName);
        ServiceKey key = ServiceKeyCredentialsLookup.forAdministrator(connection.getCredentialsId());
        return cached(TRIGGER_CLIENTS, connection, key, CloudAlmClients::forConnection);
    }

    /**
     * The client a form uses to offer choices (the projects in the trigger form): without retries, since a
     * request thread must not sleep while Cloud ALM throttles; the form keeps the current value instead.
     *
     * @param connectionName the connection's name, or {@code null} for the only one
     * @throws io.jenkins.plugins.calm.core.CloudAlmException when the connection or its service key cannot be used
     */
    public static CloudAlmClient forForms(@CheckForNull String connectionName) {
        return forBackground(CloudAlmConfiguration.get().connection(connectionName));
    }

    /** The status lists of the connections, read with the {@linkplain #forTriggers trigger clients}. */
    public static StatusLists statusLists() {
        return TRIGGER_STATUS_LISTS;
    }

    private static CloudAlmClient cached(Map<String, Cached> clients, CloudAlmConnection connection, ServiceKey key,
                                         BiFunction<ServiceKey, CloudAlmConnection, CloudAlmClient> create) {
        Cached current = clients.compute(connection.getName(), (name, cached) -> {
            // The configuration page replaces connection objects on save, so identity means "unchanged".
            if (cached != null && cached.connection() == connection && cached.key().equals(key)) {
                return cached;
            }
            if (cached != null) {
                cached.client().close(); // releases idle connections only; calls in flight finish
            }
            return new Cached(connection, key, create.apply(key, connection));
        });
        return current.client();
    }
}
