package io.jenkins.plugins.calm.client;

import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;

/** The webhook engine's view of a feature read from the Features API. */
public final class FeatureSnapshots {

    private FeatureSnapshots() {}

    public static FeatureSnapshot of(Feature feature) {
        return new FeatureSnapshot(feature.uuid(), feature.displayId(), feature.title(), feature.projectId(), feature.tags(),
                feature.statusCode(), feature.modifiedAt());
    }
}
