package io.jenkins.plugins.calm.core.wait;

/**
 * One registered wait inside the engine. Deliberately small (a few references and longs), since
 * there may be thousands; guarded by the engine's lock.
 */
final class ActiveWait {
    final String waitId;
    final WaitCondition condition;
    final long deadlineMillis;
    final long pollCapMillis;
    final WaitListener listener;
    final FeatureWatch[] features;
    boolean done;

    ActiveWait(String waitId, WaitCondition condition, long deadlineMillis, long pollCapMillis,
            WaitListener listener, int featureCount) {
        this.waitId = waitId;
        this.condition = condition;
        this.deadlineMillis = deadlineMillis;
        this.pollCapMillis = pollCapMillis;
        this.listener = listener;
        this.features = new FeatureWatch[featureCount];
    }
}
