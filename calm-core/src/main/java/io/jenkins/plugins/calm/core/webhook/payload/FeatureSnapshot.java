package io.jenkins.plugins.calm.core.webhook.payload;

import java.time.Instant;
import java.util.List;

/**
 * A feature as read from the Features API ({@code GET /Features}): the input of the polling trigger
 * and what completes a webhook event that lacked facts. The plugin fills it from the client's
 * feature entity, so nothing here depends on the HTTP client.
 *
 * @param uuid {@code uuid}
 * @param displayId {@code displayId}
 * @param title {@code title}
 * @param projectId {@code projectId}
 * @param tags {@code tags}, empty when none
 * @param statusCode {@code statusCode}
 * @param modifiedAt {@code modifiedAt}, or {@code null} when the entity lacks it
 */
public record FeatureSnapshot(
        String uuid,
        String displayId,
        String title,
        String projectId,
        List<String> tags,
        String statusCode,
        Instant modifiedAt) {

    public FeatureSnapshot {
        if (uuid == null) {
            throw new IllegalArgumentException("A feature read from the Features API always has a uuid");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** @return the facts part, with the title cleaned like a payload's */
    public FeatureFacts facts() {
        return new FeatureFacts(uuid, displayId, FieldValues.cleanTitle(title), projectId, null, tags);
    }

    /** @return the status, known by its code */
    public StatusRef status() {
        return StatusRef.ofCode(statusCode);
    }
}
