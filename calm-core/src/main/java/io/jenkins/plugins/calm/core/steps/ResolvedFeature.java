package io.jenkins.plugins.calm.core.steps;

/**
 * The feature a step works on and where it was found, so the step can log e.g. "feature 6-123
 * (from the CALM_FEATURE_ID environment variable)".
 */
public record ResolvedFeature(FeatureId id, String source) {
}
