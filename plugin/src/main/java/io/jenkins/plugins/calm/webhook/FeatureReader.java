package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;

/** What the webhook reads from Cloud ALM when a payload lacks a fact; called off the request thread. */
public interface FeatureReader {

    /**
     * @param connection the connection's name
     * @param feature what the payload said about the feature (its UUID, else its display ID)
     * @throws io.jenkins.plugins.calm.core.CloudAlmException when the feature cannot be read
     */
    FeatureSnapshot read(String connection, FeatureFacts feature);

    /** @return the connection's status list as known now, without calling Cloud ALM */
    StatusNameResolver statusNames(String connection);

    /** Reads the connection's status list from Cloud ALM again. */
    StatusNameResolver refreshStatusNames(String connection);
}
