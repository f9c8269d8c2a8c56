package io.jenkins.plugins.calm.config;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentials;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration as Code import and export of the connections and the service key credential (real build only). */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    private static final String CLIENT_SECRET = "s3cr3t-value-that-must-never-show";
    private static final String WEBHOOK_SECRET = "webhook-s3cret-that-must-never-show";

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsConnectionsAndTheServiceKeyCredential(JenkinsConfiguredWithCodeRule j) {
        List<CloudAlmConnection> connections = CloudAlmConfiguration.get().getConnections();
        assertThat(connections).extracting(CloudAlmConnection::getName).containsExactly("production", "sandbox");
        CloudAlmConnection production = connections.get(0);
        assertThat(production.getCredentialsId()).isEqualTo("calm-key");
        assertThat(production.getDefaultProject()).isEqualTo("S/4 rollout");
        assertThat(production.getConnectTimeoutSeconds()).isEqualTo(5);
        assertThat(production.getReadTimeoutSeconds()).isEqualTo(90);
        assertThat(production.getWebhookSecretCredentialsId()).isEqualTo("calm-webhook-secret");
        assertThat(production.getApiUrl()).isNull();
        assertThat(production.getWebhookFieldMapping())
                .isEqualTo("{\"base\": \"resourceChanges\", \"statusName\": \"/resource/status/name\"}");
        assertThat(production.isWebhookQuerySecretAllowed()).isFalse();
        CloudAlmConnection sandbox = connections.get(1);
        assertThat(sandbox.getApiUrl()).isEqualTo("http://localhost:4000/api");
        assertThat(sandbox.getTokenUrl()).isEqualTo("http://localhost:4000");
        assertThat(sandbox.getConnectTimeoutSeconds()).isEqualTo(CloudAlmConnection.DEFAULT_CONNECT_TIMEOUT_SECONDS);
        assertThat(sandbox.isWebhookQuerySecretAllowed()).isTrue();

        List<ServiceKeyCredentials> keys = CredentialsProvider.lookupCredentialsInItemGroup(
                ServiceKeyCredentials.class, j.jenkins, ACL.SYSTEM2, List.of());
        assertThat(keys).hasSize(1);
        assertThat(CredentialsNameProvider.name(keys.get(0)))
                .isEqualTo("acme.eu10.alm.cloud.sap (client sb-jenkins-calm) \u2013 Production tenant");
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void exportsTheConnectionsAndNoSecret(JenkinsConfiguredWithCodeRule j) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        String cloudAlm = toYamlString(getUnclassifiedRoot(context).get("cloudAlm")).replace("\"", "");

        assertThat(cloudAlm).contains("name: production", "name: sandbox", "credentialsId: calm-key",
                "defaultProject: S/4 rollout", "connectTimeoutSeconds: 5", "readTimeoutSeconds: 90",
                "webhookSecretCredentialsId: calm-webhook-secret", "apiUrl: http://localhost:4000/api",
                "webhookQuerySecretAllowed: true", "webhookFieldMapping:");

        ByteArrayOutputStream everything = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(everything);
        assertThat(everything.toString(StandardCharsets.UTF_8))
                .contains("cloudAlmServiceKey")
                .doesNotContain(CLIENT_SECRET, WEBHOOK_SECRET);
    }

    @Test
    void refusesDuplicateConnectionNamesSayingWhy(JenkinsConfiguredWithCodeRule j) {
        String yaml = getClass().getResource("duplicate-names.yml").toExternalForm();

        ConfiguratorException e = assertThrows(ConfiguratorException.class, () -> ConfigurationAsCode.get().configure(yaml));

        assertThat(messagesOf(e)).anyMatch(m -> m.contains("'Production' is used by more than one connection"));
        assertThat(CloudAlmConfiguration.get().getConnections()).isEmpty();
    }

    private static List<String> messagesOf(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
