package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * A well-formed delivery that concerns nothing this plugin acts on (a subscription ping, a deleted
 * resource, a task instead of a feature). It is answered like any accepted delivery.
 *
 * @param eventType the payload's event type, or {@code null}
 * @param reason why it is ignored, for the delivery log
 */
public record IgnoredEvent(String eventType, String reason) implements WebhookPayload {
}
