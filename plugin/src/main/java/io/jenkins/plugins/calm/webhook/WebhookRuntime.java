package io.jenkins.plugins.calm.webhook;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.events.FeatureEvents;
import io.jenkins.plugins.calm.trigger.TriggerIndex;
import java.time.Clock;
import jenkins.model.Jenkins;

/**
 * Puts the webhook together once, on the first delivery: calm-core's handler over the configured
 * connections and the trigger index, the approval workflows restored from JENKINS_HOME, and the
 * worker that does the work after answering.
 */
@Extension
public final class WebhookRuntime {

    private WebhookService service;

    @NonNull
    static WebhookRuntime get() {
        return ExtensionList.lookupSingleton(WebhookRuntime.class);
    }

    @NonNull
    synchronized WebhookService service() {
        if (service == null) {
            service = create();
        }
        return service;
    }

    /** Stops the webhook's work queue (if a delivery ever started it) when Jenkins stops. */
    @Terminator
    public static void stopWithJenkins() {
        WebhookRuntime runtime = get();
        synchronized (runtime) {
            if (runtime.service != null) {
                runtime.service.shutdown();
                runtime.service = null;
            }
        }
    }

    private static WebhookService create() {
        return create(WorkflowStore.open(Jenkins.get().getRootDir().toPath().resolve(WorkflowStore.FILE_NAME), Clock.systemUTC()));
    }

    private static WebhookService create(WorkflowStore workflows) {
        WebhookHandler handler = WebhookHandler.builder(new WebhookConnectionsSource(ConnectionClients.statusLists()),
                        TriggerIndex.registry().router(), TriggerIndex.buildStates())
                .workflows(workflows.registry())
                .build();
        DispatchWorker worker = DispatchWorker.withOwnThreads(handler, TriggerIndex.launcher(),
                new ClientFeatureReader(ConnectionClients::forTriggers, ConnectionClients.statusLists()), new FeatureEvents(),
                workflows::saveIfChanged);
        return new WebhookService(handler, worker, workflows);
    }
}
