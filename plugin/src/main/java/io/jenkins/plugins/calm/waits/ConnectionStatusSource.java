package io.jenkins.plugins.calm.waits;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.adapters.ClientFeatureStatusSource;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.wait.FeatureStatusSource;
import io.jenkins.plugins.calm.core.wait.StatusQueryException;
import java.util.Map;
import java.util.Set;

/**
 * The wait engine's status source for one named connection: calm-core's client adapter over the connection's
 * current background client. When an administrator reconfigures the connection or replaces its key, the next
 * poll uses the new client; a connection that is gone or a credential that no longer holds a key ends the
 * waits with that reason instead of leaving them hanging.
 */
final class ConnectionStatusSource implements FeatureStatusSource {

    private final String connectionName;
    private CloudAlmClient client;
    private ClientFeatureStatusSource delegate;

    ConnectionStatusSource(String connectionName) {
        this.connectionName = connectionName;
    }

    @Override
    public Map<String, String> statusesOf(String projectId, Set<String> featureUuids) {
        return delegate().statusesOf(projectId, featureUuids);
    }

    @Override
    public int requestCost(String projectId, Set<String> featureUuids) {
        ClientFeatureStatusSource current;
        synchronized (this) {
            current = delegate;
        }
        // Before the first poll the cost is unknown and the engine's default applies; it must not resolve credentials.
        return current == null ? FeatureStatusSource.super.requestCost(projectId, featureUuids)
                : current.requestCost(projectId, featureUuids);
    }

    private synchronized ClientFeatureStatusSource delegate() {
        CloudAlmClient current;
        try {
            CloudAlmConnection connection = CloudAlmConfiguration.get().connection(connectionName);
            current = ConnectionClients.forBackground(connection);
        } catch (CloudAlmException e) {
            throw StatusQueryException.permanentFailure(Messages.WaitEngines_ConnectionUnusable(connectionName,
                    e.getMessage()), e);
        }
        if (current != client) {
            client = current;
            delegate = new ClientFeatureStatusSource(current);
        }
        return delegate;
    }
}
