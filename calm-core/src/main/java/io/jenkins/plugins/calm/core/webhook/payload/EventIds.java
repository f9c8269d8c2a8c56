package io.jenkins.plugins.calm.core.webhook.payload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable IDs for events whose payload has no event ID, so that a redelivered event is recognised.
 *
 * <p>The ID is {@code derived-} plus the first 32 hex digits of the SHA-256 of these lines (the
 * feature's UUID lower-cased, else {@code display:} and its display ID; the status code, else
 * {@code name:} and the normalised status name; the {@code modifiedAt}; and, only when there is
 * no {@code modifiedAt}, the previous status the same way):
 * <pre>
 * feature=&lt;uuid&gt;
 * status=&lt;code&gt;
 * modifiedAt=&lt;ISO-8601 instant or empty&gt;
 * previous=&lt;code&gt;          (only without modifiedAt)
 * </pre>
 * The subscription is deliberately not part of it: the same change delivered by two subscriptions,
 * or seen by a webhook and by the polling trigger, is one change and starts one build.
 */
public final class EventIds {

    /** The prefix that marks a derived ID in {@code CALM_EVENT_ID}. */
    public static final String DERIVED_PREFIX = "derived-";

    private EventIds() {
    }

    /** @return the derived ID of a change of {@code feature} into {@code status} */
    public static String derive(FeatureFacts feature, StatusRef status, StatusRef previous, Instant modifiedAt) {
        StringBuilder text = new StringBuilder(160)
                .append("feature=")
                .append(feature.uuid() != null ? feature.uuid().toLowerCase(Locale.ROOT) : "display:" + feature.displayId())
                .append("\nstatus=").append(statusKey(status))
                .append("\nmodifiedAt=").append(modifiedAt == null ? "" : modifiedAt.toString());
        if (modifiedAt == null) {
            text.append("\nprevious=").append(statusKey(previous));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return DERIVED_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java runtime must provide", e);
        }
    }

    private static String statusKey(StatusRef status) {
        if (status == null || status.isUnknown()) {
            return "";
        }
        return status.code() != null ? status.code() : "name:" + StatusNames.normalize(status.name());
    }
}
