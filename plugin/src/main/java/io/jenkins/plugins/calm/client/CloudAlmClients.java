package io.jenkins.plugins.calm.client;

import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import okhttp3.OkHttpClient;

/**
 * Builds Cloud ALM clients that go through Jenkins' proxy configuration (Manage Jenkins › System › HTTP Proxy),
 * using the okhttp-api plugin, which reads that configuration on every connection.
 */
public final class CloudAlmClients {

    /* One shared pool and dispatcher for all Cloud ALM clients; each client derives from it with newBuilder(). */
    private static final OkHttpClient SHARED = new OkHttpClient();

    private CloudAlmClients() {}

    public static CloudAlmClient forConnection(ServiceKey key, CloudAlmConnection connection) {
        return CloudAlmClient.create(ClientConfiguration.serviceKey(key, connection),
                ClientConfiguration.settings(connection, jenkinsHttpClient()));
    }

    /** A client for the wait engine and the outbox: see {@link ClientConfiguration#settingsForBackground}. */
    public static CloudAlmClient forBackground(ServiceKey key, CloudAlmConnection connection) {
        return CloudAlmClient.create(ClientConfiguration.serviceKey(key, connection),
                ClientConfiguration.settingsForBackground(connection, jenkinsHttpClient()));
    }

    public static CloudAlmClient forConnectionTest(ServiceKey key, CloudAlmConnection connection) {
        return CloudAlmClient.create(ClientConfiguration.serviceKey(key, connection),
                ClientConfiguration.settingsForConnectionTest(connection, jenkinsHttpClient()));
    }

    private static OkHttpClient jenkinsHttpClient() {
        return JenkinsOkHttpClient.newClientBuilder(SHARED).build();
    }
}
