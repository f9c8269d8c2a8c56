package io.jenkins.plugins.calm.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.ConnectionCheck;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import org.junit.jupiter.api.Test;

/** The client reaches the sandbox with the service key the sandbox hands out. */
class SandboxSmokeTest {

    @Test
    void clientConnectsWithTheSandboxServiceKey() throws Exception {
        try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start();
             CloudAlmClient client = CloudAlmClient.create(
                     ServiceKey.parse(sandbox.serviceKeyJson()), ClientSettings.defaults())) {
            ConnectionCheck check = client.checkConnection();

            assertThat(check.projectCount()).isPositive();
            assertThat(check.tenantHost()).isEqualTo("127.0.0.1");
        }
    }
}
