package io.jenkins.plugins.calm.core.wait;

/**
 * A feature of a wait moved to another status. Reported once per change, never per poll, so the
 * step can log exactly the changes.
 *
 * @param waitId the wait being told
 * @param previousCode the status the wait knew before, or {@code null} when it knew none
 * @param current the new state
 * @param source where the engine learned it
 */
public record StatusChange(String waitId, String previousCode, FeatureState current, Source source) {

    /** Where a status came from. */
    public enum Source {
        /** A status query through {@link FeatureStatusSource}. */
        POLL,
        /** A webhook event passed to {@link WaitEngine#onEvent}. */
        EVENT
    }

    public String featureUuid() {
        return current.featureUuid();
    }
}
