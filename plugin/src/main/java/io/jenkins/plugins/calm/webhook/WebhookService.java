package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.webhook.DeliveryOutcome;
import io.jenkins.plugins.calm.core.webhook.WebhookAnswers;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The webhook endpoint without HTTP and without Jenkins: let calm-core decide, log one line, save
 * the approval workflows if they changed, queue the work, and hand back the answer. Nothing here
 * waits for Cloud ALM or for the build queue, so the answer takes milliseconds.
 */
public final class WebhookService {

    private static final Logger LOGGER = Logger.getLogger(WebhookService.class.getName());

    private final WebhookHandler handler;
    private final DispatchWorker worker;
    private final WorkflowStore workflows;

    public WebhookService(WebhookHandler handler, DispatchWorker worker, WorkflowStore workflows) {
        this.handler = handler;
        this.worker = worker;
        this.workflows = workflows;
    }

    /** @return the largest body a delivery may have; read no more than this plus one byte */
    public int maxBodyBytes() {
        return handler.limits().maxBodyBytes();
    }

    /** Stops the work queue and saves the approval workflows, when Jenkins stops. */
    void shutdown() {
        int dropped = worker.shutdown();
        if (dropped > 0) {
            LOGGER.warning("Jenkins is stopping: " + dropped + " queued Cloud ALM webhook work item(s) were dropped"
                    + " (builds not started, waiting steps not told); waiting steps see the changes by polling");
        }
        workflows.saveIfChanged();
    }

    public WebhookResult handle(WebhookRequest request) {
        if (!worker.hasRoom()) {
            // Not looked at, so not remembered as received: the redelivery is handled normally.
            String id = UUID.randomUUID().toString();
            WebhookResult busy = new WebhookResult(id, null, DeliveryOutcome.BUSY, null, WebhookAnswers.busy(id), List.of(), null);
            LOGGER.warning(busy.logLine());
            return busy;
        }
        WebhookResult result = handler.handle(request);
        if (result.failure() != null) {
            LOGGER.log(Level.WARNING, result.logLine(), result.failure());
        } else {
            LOGGER.info(result.logLine());
        }
        workflows.saveIfChanged();
        worker.submit(result.deliveryId(), result.dispatches());
        return result;
    }
}
