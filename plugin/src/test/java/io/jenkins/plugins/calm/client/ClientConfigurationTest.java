package io.jenkins.plugins.calm.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientConfigurationTest {

    private final ServiceKey key = ServiceKey.parse(TestServiceKeys.withSecret());
    private final CloudAlmConnection connection = new CloudAlmConnection("production", "calm-key");

    @Test
    void withoutOverridesTheServiceKeyIsUsedAsIs() {
        assertThat(ClientConfiguration.serviceKey(key, connection)).isEqualTo(key);
    }

    @Test
    void urlOverridesReplaceThoseOfTheServiceKey() {
        connection.setApiUrl("https://proxy.example.com/calm/api");
        connection.setTokenUrl("https://login.example.com");

        ServiceKey effective = ClientConfiguration.serviceKey(key, connection);

        assertThat(effective.apiUrl()).isEqualTo("https://proxy.example.com/calm/api");
        assertThat(effective.tokenUrl()).isEqualTo("https://login.example.com/oauth/token");
        assertThat(effective.clientId()).isEqualTo(TestServiceKeys.CLIENT_ID);
    }

    @Test
    void timeoutsAndTheJenkinsHttpClientAreApplied() {
        connection.setConnectTimeoutSeconds(3);
        connection.setReadTimeoutSeconds(45);
        OkHttpClient base = new OkHttpClient();

        ClientSettings settings = ClientConfiguration.settings(connection, base);

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.baseHttpClient()).isSameAs(base);
        assertThat(settings.retryPolicy().maxAttempts()).isGreaterThan(1);
    }

    @Test
    void theConnectionTestDoesNotRetry() {
        ClientSettings settings = ClientConfiguration.settingsForConnectionTest(connection, new OkHttpClient());

        assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(1);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(CloudAlmConnection.DEFAULT_CONNECT_TIMEOUT_SECONDS));
    }
}
