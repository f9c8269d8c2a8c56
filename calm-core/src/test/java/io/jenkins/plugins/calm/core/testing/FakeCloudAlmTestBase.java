package io.jenkins.plugins.calm.core.testing;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that drive a {@link CloudAlmClient} against a {@link FakeCloudAlm}: before each
 * test a fresh fake is in {@link #calm} and a client on it in {@link #client}, built with the fake's
 * test settings plus {@link #configureClient}. After the test both are closed, including a client
 * the test put in {@link #client} itself.
 */
public abstract class FakeCloudAlmTestBase {

    protected FakeCloudAlm calm;
    protected CloudAlmClient client;

    /** Adds a test class's own client settings to the fake's test settings; none by default. */
    protected void configureClient(ClientSettings.Builder settings) {
    }

    @BeforeEach
    void startFakeCloudAlm() throws IOException {
        calm = new FakeCloudAlm();
        client = calm.client(this::configureClient);
    }

    @AfterEach
    void stopFakeCloudAlm() {
        client.close();
        calm.close();
    }
}
