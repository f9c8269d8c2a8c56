package io.jenkins.plugins.calm.steps;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;

/** Connects a test Jenkins to an in-process Cloud ALM sandbox, the way an administrator would. */
final class SandboxConnection {

    static final String NAME = "sandbox";
    static final String CREDENTIALS_ID = "sandbox-key";

    private SandboxConnection() {}

    /** A Secret text credential with the sandbox's service key (what Project Piper users have), and one connection. */
    static void configure(CloudAlmSandbox sandbox) throws IOException {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, CREDENTIALS_ID, "Cloud ALM sandbox", Secret.fromString(sandbox.serviceKeyJson())));
        SystemCredentialsProvider.getInstance().save();
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection(NAME, CREDENTIALS_ID)));
    }

    /** A client of the sandbox, to look at what the steps wrote. */
    static CloudAlmClient client(CloudAlmSandbox sandbox) {
        return CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()), ClientSettings.defaults());
    }

    /** The UUID of a demo feature (6-1 … 6-9). */
    static String uuid(CloudAlmSandbox sandbox, String displayId) {
        return sandbox.feature(displayId).get("uuid").asText();
    }
}
