package io.jenkins.plugins.calm.core.webhook;

import java.util.List;

/**
 * The result of handling one delivery: the answer to send now, what to do afterwards, and what to log.
 *
 * @param deliveryId an ID for this delivery, also in the generic answer, to find the log line
 * @param connection the connection's name, or {@code null} when none was resolved
 * @param outcome what happened
 * @param detail more about it, for the log (may name triggers; never a secret)
 * @param response the HTTP answer
 * @param dispatches the work to do after answering, in order
 * @param failure the unexpected exception behind {@link DeliveryOutcome#INTERNAL_ERROR}, else {@code null}
 */
public record WebhookResult(
        String deliveryId,
        String connection,
        DeliveryOutcome outcome,
        String detail,
        WebhookResponse response,
        List<Dispatch> dispatches,
        Throwable failure) {

    public WebhookResult {
        dispatches = List.copyOf(dispatches);
    }

    /** @return one line for the Jenkins log, e.g. {@code Cloud ALM webhook delivery 1f3…: no trigger matches this event (…)} */
    public String logLine() {
        return "Cloud ALM webhook delivery " + deliveryId
                + (connection == null ? "" : " on connection '" + connection + "'")
                + " answered " + response.status() + ": " + outcome.explanation()
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
