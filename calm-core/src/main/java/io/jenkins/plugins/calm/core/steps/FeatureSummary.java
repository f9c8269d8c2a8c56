package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.Feature;
import java.util.Objects;

/**
 * A feature as steps show and return it: its IDs, title, status (code and display name) and the
 * link to it in the Cloud ALM UI.
 *
 * @param uuid the feature's UUID
 * @param displayId the display ID ({@code 6-123}); {@code null} if Cloud ALM sent none
 * @param title the title as Cloud ALM has it (not escaped: escape it where it is shown)
 * @param projectId the project's ID
 * @param statusCode the tenant's status code
 * @param statusName the status's display name (the code when the tenant's list lacks it)
 * @param url the feature's page in Cloud ALM; {@code null} when the tenant has no UI to link to
 */
public record FeatureSummary(String uuid, String displayId, String title, String projectId, String statusCode,
        String statusName, String url) {

    public FeatureSummary {
        Objects.requireNonNull(uuid, "uuid");
    }

    /** Summarizes a feature read through {@code client}, resolving its status name with the tenant's code list. */
    public static FeatureSummary of(Feature feature, CloudAlmClient client) {
        String code = feature.statusCode();
        String name = code == null ? null : client.features().statusName(code).orElse(code);
        String displayId = feature.displayId();
        String url = displayId == null ? null
                : FeatureLinks.uiRoot(client.serviceKey().apiUrl()).map(root -> FeatureLinks.feature(root, displayId))
                        .orElse(null);
        return new FeatureSummary(feature.uuid(), displayId, feature.title(), feature.projectId(), code, name, url);
    }

    /** How people know the feature: its display ID, else its UUID. */
    public String label() {
        return displayId != null ? displayId : uuid;
    }

    /** The same feature in another status (after a status change was observed or made). */
    public FeatureSummary withStatus(String newCode, String newName) {
        return new FeatureSummary(uuid, displayId, title, projectId, newCode, newName, url);
    }
}
