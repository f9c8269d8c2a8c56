package io.jenkins.plugins.calm.core.wait;

/**
 * Counters of a {@link WaitEngine}, for monitoring and benchmarks.
 *
 * @param activeWaits waits registered now
 * @param watchedFeatures distinct features those waits cover
 * @param watchedProjects distinct projects those features belong to
 * @param statusQueries calls of {@link FeatureStatusSource#statusesOf} so far
 * @param requestsCharged HTTP requests charged to the rate ceiling for them so far
 * @param rateLimitedDeferrals queries postponed because the rate ceiling was reached
 * @param eventsReceived webhook events passed to the engine so far
 * @param eventsApplied events that changed the known status of a watched feature
 */
public record WaitEngineStats(int activeWaits, int watchedFeatures, int watchedProjects, long statusQueries,
        long requestsCharged, long rateLimitedDeferrals, long eventsReceived, long eventsApplied) {
}
