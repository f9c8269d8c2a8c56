package io.jenkins.plugins.calm.core.wait;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Polling state of one Cloud ALM project: its watched features, its adaptive interval and its
 * failure streak. One status query per project per interval. Guarded by the engine's lock.
 */
final class ProjectWatch {
    final String projectId;
    final Map<String, FeatureWatch> features = new LinkedHashMap<>();
    long intervalMillis;
    long nextPollAtMillis;
    long lastPolledAtMillis = Long.MIN_VALUE;
    /** Something happened (new wait, status event) since the last poll: keep the interval short. */
    boolean activity;
    int consecutiveFailures;
    /** Current polling problem, {@code null} when queries work. */
    String problem;

    ProjectWatch(String projectId, long intervalMillis, long nextPollAtMillis) {
        this.projectId = projectId;
        this.intervalMillis = intervalMillis;
        this.nextPollAtMillis = nextPollAtMillis;
    }

    /** When the first of the project's waits runs out; {@link Long#MAX_VALUE} when none is left. */
    long earliestDeadlineMillis() {
        return smallestOverWaits(wait -> wait.deadlineMillis);
    }

    /** The smallest poll interval any of the project's waits asked for. */
    long pollCapMillis() {
        return smallestOverWaits(wait -> wait.pollCapMillis);
    }

    private long smallestOverWaits(ToLongFunction<ActiveWait> value) {
        long smallest = Long.MAX_VALUE;
        for (FeatureWatch feature : features.values()) {
            for (ActiveWait wait : feature.waits) {
                smallest = Math.min(smallest, value.applyAsLong(wait));
            }
        }
        return smallest;
    }
}
