package io.jenkins.plugins.calm.webhook;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.security.ACL;
import io.jenkins.plugins.calm.client.StatusLists;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnections;
import io.jenkins.plugins.calm.trigger.TriggerIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The configured connections as the webhook sees them, read afresh for every delivery: a saved
 * configuration or a rotated webhook secret applies to the next delivery. Looking up a credential
 * is an in-memory lookup; only the secret's SHA-256 digest is kept.
 */
final class WebhookConnectionsSource implements Supplier<WebhookConnections> {

    private final StatusLists statusLists;
    private final WebhookConnectionFactory factory = new WebhookConnectionFactory();

    WebhookConnectionsSource(StatusLists statusLists) {
        this.statusLists = statusLists;
    }

    @Override
    public WebhookConnections get() {
        List<CloudAlmConnection> configured = CloudAlmConfiguration.get().getConnections();
        Set<String> names = new LinkedHashSet<>();
        List<WebhookConnection> connections = new ArrayList<>(configured.size());
        for (CloudAlmConnection connection : configured) {
            names.add(connection.getName());
            connections.add(factory.of(connection, secret(connection.getWebhookSecretCredentialsId()),
                    statusLists.resolver(connection.getName())));
        }
        // Triggers that name no connection follow the only one: re-index them when the connections change.
        TriggerIndex.registry().connectionsAre(names);
        return WebhookConnections.of(connections);
    }

    /** The webhook secret, looked up as the system on the Jenkins root, where administrators keep it. */
    @CheckForNull
    private static String secret(@CheckForNull String credentialsId) {
        if (credentialsId == null) {
            return null;
        }
        StringCredentials credentials = CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        return credentials == null ? null : credentials.getSecret().getPlainText();
    }
}
