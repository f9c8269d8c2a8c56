package io.jenkins.plugins.calm.client;

import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** How a configured connection shapes the calm-core client: URL overrides of the service key, timeouts, HTTP client. */
public final class ClientConfiguration {

    private ClientConfiguration() {}

    /** The service key with the connection's API and token URL overrides applied (blank overrides keep the key's). */
    public static ServiceKey serviceKey(ServiceKey fromCredential, CloudAlmConnection connection) {
        return fromCredential.withApiUrl(connection.getApiUrl()).withTokenUrl(connection.getTokenUrl());
    }

    /** Settings for steps, triggers and the webhook: the connection's timeouts, calm-core's retry policy. */
    public static ClientSettings settings(CloudAlmConnection connection, OkHttpClient base) {
        return ClientSettings.builder()
                .connectTimeout(Duration.ofSeconds(connection.getConnectTimeoutSeconds()))
                .readTimeout(Duration.ofSeconds(connection.getReadTimeoutSeconds()))
                .baseHttpClient(base)
                .build();
    }

    /**
     * Settings for the controller's background work (the wait engine's polls, the report outbox): no
     * retries inside a call, because both retry by themselves with backoff and must not sleep on the
     * {@link BackgroundScheduler}'s few threads.
     */
    public static ClientSettings settingsForBackground(CloudAlmConnection connection, OkHttpClient base) {
        return settings(connection, base).toBuilder().retryPolicy(RetryPolicy.none()).build();
    }

    /** Settings for "Test Connection": no retries, so the administrator sees the first answer at once. */
    public static ClientSettings settingsForConnectionTest(CloudAlmConnection connection, OkHttpClient base) {
        return settings(connection, base).toBuilder().retryPolicy(RetryPolicy.none()).build();
    }
}
