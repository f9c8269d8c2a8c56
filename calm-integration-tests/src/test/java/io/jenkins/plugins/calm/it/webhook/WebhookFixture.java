package io.jenkins.plugins.calm.it.webhook;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.CodeListEntry;
import io.jenkins.plugins.calm.core.client.projects.Project;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.webhook.WebhookConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnections;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookSecret;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.events.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A sandbox whose webhook destination is a {@link HandlerReceiver} feeding calm-core's handler,
 * with the handler's connection "prod" knowing the sandbox's own status codes, as the plugin
 * builds it from the connection's client.
 */
final class WebhookFixture implements AutoCloseable {

    static final String SECRET = "6iJ1-webhook-secret-from-the-credentials-store-Qm";
    static final String ORDER_TO_CASH = "S/4HANA Order-to-Cash Rollout";
    static final String EXTENSIONS = "BTP Extension Apps";

    final HandlerReceiver receiver;
    final CloudAlmSandbox sandbox;
    final CloudAlmClient client;
    final WebhookHandler handler;
    /** What the approval workflow sees of "Jenkins": build handle → state. */
    final Map<String, BuildState> builds = new ConcurrentHashMap<>();
    private final Map<String, String> projectIds = new LinkedHashMap<>();

    /**
     * @param sandboxOptions adds options to the sandbox builder (the webhook destination is set to
     *     the receiver with user "cloudalm" and {@link #SECRET} unless the options set another)
     * @param triggers the configured triggers, given the project IDs by name
     */
    WebhookFixture(UnaryOperator<CloudAlmSandbox.Builder> sandboxOptions,
                   Function<Map<String, String>, List<TriggerSpec>> triggers) throws IOException {
        this(sandboxOptions, triggers, null);
    }

    /** @param workflowPath where the approval workflow calls go below the receiver's root, or {@code null} */
    WebhookFixture(UnaryOperator<CloudAlmSandbox.Builder> sandboxOptions,
                   Function<Map<String, String>, List<TriggerSpec>> triggers, String workflowPath) throws IOException {
        receiver = new HandlerReceiver();
        CloudAlmSandbox.Builder builder = CloudAlmSandbox.builder().port(0)
                .webhook(receiver.url() + "/prod", "cloudalm", SECRET)
                .webhookRetry(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 3));
        if (workflowPath != null) {
            builder.workflowUrl(receiver.url() + workflowPath);
        }
        sandbox = sandboxOptions.apply(builder).start();
        client = CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()), ClientSettings.defaults());
        for (Project project : client.projects().list()) {
            projectIds.put(project.name(), project.id());
        }
        Map<String, String> namesByCode = new LinkedHashMap<>();
        for (CodeListEntry status : client.features().statuses()) {
            namesByCode.put(status.code(), status.name());
        }
        WebhookConnection prod = new WebhookConnection("prod", WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET)),
                null, StatusNameResolver.of(namesByCode));
        handler = WebhookHandler.builder(WebhookConnections.of(List.of(prod)), new TriggerRouter(triggers.apply(projectIds)),
                handle -> builds.getOrDefault(handle, BuildState.NOT_FOUND)).build();
        receiver.handler(handler);
    }

    String projectId(String name) {
        return projectIds.get(name);
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
        receiver.close();
    }
}
