package io.jenkins.plugins.calm.client;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsLookup;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Cloud ALM client per configured connection, for the work Jenkins does on its own behalf (the
 * webhook reading a feature, the polling trigger): a client caches its access token and the
 * tenant's status list, so it is shared. It is built again when the connection's settings or the
 * service key in its credential change.
 *
 * <p>The service key is looked up as the system, on the Jenkins root: these connections are
 * configured by administrators, and no user's request chooses the URL the key is sent to.
 */
@Extension
public final class ConnectionClients {

    private record Cached(ServiceKey key, String apiUrl, String tokenUrl, int connectTimeout, int readTimeout,
                          CloudAlmClient client) {

        boolean fits(ServiceKey otherKey, CloudAlmConnection connection) {
            return key.equals(otherKey) && Objects.equals(apiUrl, connection.getApiUrl())
                    && Objects.equals(tokenUrl, connection.getTokenUrl())
                    && connectTimeout == connection.getConnectTimeoutSeconds()
                    && readTimeout == connection.getReadTimeoutSeconds();
        }
    }

    private final Map<String, Cached> clients = new ConcurrentHashMap<>();
    private final StatusLists statusLists = new StatusLists(this::client);

    /** The singleton Jenkins keeps. */
    @NonNull
    public static ConnectionClients get() {
        return ExtensionList.lookupSingleton(ConnectionClients.class);
    }

    /** The status lists of the connections, read through these clients. */
    @NonNull
    public StatusLists statusLists() {
        return statusLists;
    }

    /**
     * @param connectionName the connection's name, or {@code null} for the only one
     * @throws io.jenkins.plugins.calm.core.CloudAlmException when the connection or its service key cannot be used
     */
    @NonNull
    public CloudAlmClient client(String connectionName) {
        CloudAlmConnection connection = CloudAlmConfiguration.get().connection(connectionName);
        ServiceKey key = ServiceKeyCredentialsLookup.forAdministrator(connection.getCredentialsId());
        return clients.compute(connection.getName(), (name, cached) -> {
            if (cached != null && cached.fits(key, connection)) {
                return cached;
            }
            if (cached != null) {
                cached.client().close();
            }
            return new Cached(key, connection.getApiUrl(), connection.getTokenUrl(), connection.getConnectTimeoutSeconds(),
                    connection.getReadTimeoutSeconds(), CloudAlmClients.forConnection(key, connection));
        }).client();
    }
}
