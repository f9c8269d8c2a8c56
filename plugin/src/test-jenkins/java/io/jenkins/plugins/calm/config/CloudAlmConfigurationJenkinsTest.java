package io.jenkins.plugins.calm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Descriptor;
import hudson.util.Secret;
import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsImpl;
import java.util.List;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.Stapler;

/** The "SAP Cloud ALM" section of Manage Jenkins › System in a real Jenkins (real build only). */
@WithJenkins
class CloudAlmConfigurationJenkinsTest {

    private JenkinsRule j;

    @BeforeEach
    void credentials(JenkinsRule j) throws Exception {
        this.j = j;
        SystemCredentialsProvider.getInstance().getCredentials().add(new ServiceKeyCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-key", "", Secret.fromString(TestServiceKeys.withSecret())));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-webhook-secret", "", Secret.fromString("webhook-s3cret")));
        SystemCredentialsProvider.getInstance().save();
    }

    @Test
    void theFormKeepsEveryFieldOfEveryConnection() throws Exception {
        CloudAlmConnection production = new CloudAlmConnection("production", "calm-key");
        production.setDefaultProject("S/4 rollout");
        production.setConnectTimeoutSeconds(5);
        production.setReadTimeoutSeconds(90);
        production.setWebhookSecretCredentialsId("calm-webhook-secret");
        production.setWebhookFieldMapping("{\"base\": \"resourceChanges\", \"statusName\": \"/resource/status/name\"}");
        CloudAlmConnection sandbox = new CloudAlmConnection("sandbox", "calm-key");
        sandbox.setWebhookQuerySecretAllowed(true);
        sandbox.setApiUrl("http://localhost:4000/api");
        sandbox.setTokenUrl("http://localhost:4000");
        CloudAlmConfiguration.get().setConnections(List.of(production, sandbox));

        j.configRoundtrip();

        j.assertEqualDataBoundBeans(List.of(production, sandbox), CloudAlmConfiguration.get().getConnections());
    }

    @Test
    void savingTheFormWithoutConnectionsRemovesThemAll() throws Exception {
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection("production", "calm-key")));

        j.createWebClient().executeOnServer(() -> CloudAlmConfiguration.get()
                .configure(Stapler.getCurrentRequest2(), new JSONObject()));

        assertThat(CloudAlmConfiguration.get().getConnections()).isEmpty();
        assertThat(new CloudAlmConfiguration().getConnections()).as("reloaded from disk").isEmpty();
    }

    @Test
    void duplicateNamesAreRefusedWithAFormErrorAndNothingChanges() throws Exception {
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection("production", "calm-key")));
        JSONObject form = JSONObject.fromObject("{\"connections\": ["
                + "{\"name\": \"test\", \"credentialsId\": \"calm-key\"},"
                + "{\"name\": \"TEST\", \"credentialsId\": \"calm-key\"}]}");

        Descriptor.FormException e = assertThrows(Descriptor.FormException.class, () -> j.createWebClient()
                .executeOnServer(() -> CloudAlmConfiguration.get().configure(Stapler.getCurrentRequest2(), form)));

        assertThat(e.getMessage()).contains("'TEST' is used by more than one connection");
        assertThat(CloudAlmConfiguration.get().getConnections()).extracting(CloudAlmConnection::getName)
                .containsExactly("production");
    }

    @Test
    void stepsFindTheOnlyConnectionWithoutBeingTold() {
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection("production", "calm-key")));

        assertThat(CloudAlmConfiguration.get().connection(null).getName()).isEqualTo("production");
    }
}
