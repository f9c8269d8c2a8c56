package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.client.FeatureSnapshots;
import io.jenkins.plugins.calm.client.StatusLists;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.util.function.Function;

/** Reads features and status lists with the connection's Cloud ALM client. */
public final class ClientFeatureReader implements FeatureReader {

    private final Function<String, CloudAlmClient> clients;
    private final StatusLists statusLists;

    /**
     * @param clients the client of a connection, by name
     * @param statusLists the status lists those clients read
     */
    public ClientFeatureReader(Function<String, CloudAlmClient> clients, StatusLists statusLists) {
        this.clients = clients;
        this.statusLists = statusLists;
    }

    @Override
    public FeatureSnapshot read(String connection, FeatureFacts feature) {
        CloudAlmClient client = clients.apply(connection);
        Feature read = feature.uuid() != null
                ? client.features().get(feature.uuid())
                : client.features().findByDisplayId(feature.projectId(), feature.displayId()).orElseThrow(
                        () -> new FeatureNotFoundException(Messages.Webhook_FeatureNotFound(feature.displayId(), connection)));
        return FeatureSnapshots.of(read);
    }

    @Override
    public StatusNameResolver statusNames(String connection) {
        return statusLists.resolver(connection);
    }

    @Override
    public StatusNameResolver refreshStatusNames(String connection) {
        return statusLists.refresh(connection);
    }
}
