package io.jenkins.plugins.calm.core.webhook.payload;

import java.util.List;

/**
 * What a payload says about the feature itself. Every field may be missing from a payload;
 * {@code null} means "the payload did not say", which is different from an empty tag list.
 *
 * @param uuid the feature's key ({@code uuid})
 * @param displayId the human ID, e.g. {@code 6-123}
 * @param title the title, control characters replaced by spaces
 * @param projectId the project's GUID
 * @param projectName the project's name (workflow payloads carry the name, not the ID)
 * @param tags the feature's tags, {@code null} when the payload has none
 */
public record FeatureFacts(
        String uuid, String displayId, String title, String projectId, String projectName, List<String> tags) {

    public FeatureFacts {
        if (uuid == null && displayId == null) {
            throw new IllegalArgumentException("A feature needs a UUID or a display ID");
        }
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** @return the display ID when known, else the UUID: what a person and the pipeline steps accept */
    public String label() {
        return displayId != null ? displayId : uuid;
    }

    /** @return these facts with every unknown field taken from {@code other} */
    public FeatureFacts completedWith(FeatureFacts other) {
        return new FeatureFacts(
                uuid != null ? uuid : other.uuid,
                displayId != null ? displayId : other.displayId,
                title != null ? title : other.title,
                projectId != null ? projectId : other.projectId,
                projectName != null ? projectName : other.projectName,
                tags != null ? tags : other.tags);
    }
}
