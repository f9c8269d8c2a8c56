package io.jenkins.plugins.calm.core.webhook.payload;

import java.time.Instant;
import java.util.Objects;

/**
 * A feature is (now) in a status: the event that starts promotion builds and completes waiting
 * {@code calmWaitForStatus} steps. It comes from a webhook delivery or from the polling trigger.
 *
 * <p>A payload may lack the status ({@link #needsFetch()}); then the feature must be read from the
 * Features API and the event completed with {@link #completedWith(FeatureSnapshot)} before it can
 * be routed.
 *
 * @param connection the Cloud ALM connection the event came through
 * @param eventId the payload's event ID, or a derived one ({@link EventIds})
 * @param eventIdDerived whether {@link #eventId()} was derived because the payload had none
 * @param eventType the payload's event type (e.g. {@code FEATURE.UPDATED}), or {@code null}
 * @param subscriptionId the Cloud ALM subscription, or {@code null}
 * @param feature the feature
 * @param status the status the feature is in, possibly {@link StatusRef#UNKNOWN}
 * @param previousStatus the status it came from, possibly {@link StatusRef#UNKNOWN}
 * @param modifiedAt the feature's {@code modifiedAt} if the payload carries it, else {@code null}
 * @param source where the event came from
 */
public record FeatureChange(
        String connection,
        String eventId,
        boolean eventIdDerived,
        String eventType,
        String subscriptionId,
        FeatureFacts feature,
        StatusRef status,
        StatusRef previousStatus,
        Instant modifiedAt,
        Source source) implements WebhookPayload {

    /** Where a feature change came from. */
    public enum Source {
        /** Cloud ALM's default webhook payload, {@code {subscriptionId, resourceType, eventType, resourceId, resource}}. */
        RESOURCE_CHANGES,
        /** A payload shaped by a mapping in Cloud ALM's External API Management (the recommended or a custom one). */
        MAPPED_PAYLOAD,
        /** The polling trigger saw the feature in a new status. */
        POLL
    }

    public FeatureChange {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(source, "source");
        status = status == null ? StatusRef.UNKNOWN : status;
        previousStatus = previousStatus == null ? StatusRef.UNKNOWN : previousStatus;
    }

    /** @return whether the payload lacked the status, so the feature must be fetched before routing */
    public boolean needsFetch() {
        return status.isUnknown();
    }

    /**
     * @param fetched the feature as read from the Features API after this event arrived
     * @return this event with every fact the payload lacked taken from {@code fetched}. The status
     *     (and its {@code modifiedAt}) is taken only if the payload had none. A derived event ID is
     *     derived again from the completed facts, so two deliveries that both lacked the status and
     *     found the feature in the same state count as one event.
     */
    public FeatureChange completedWith(FeatureSnapshot fetched) {
        boolean takeStatus = status.isUnknown();
        FeatureFacts facts = feature.completedWith(fetched.facts());
        StatusRef completedStatus = takeStatus ? fetched.status() : status;
        Instant completedModifiedAt = modifiedAt != null || !takeStatus ? modifiedAt : fetched.modifiedAt();
        String id = eventIdDerived ? EventIds.derive(facts, completedStatus, previousStatus, completedModifiedAt) : eventId;
        return new FeatureChange(connection, id, eventIdDerived, eventType, subscriptionId, facts, completedStatus,
                previousStatus, completedModifiedAt, source);
    }
}
