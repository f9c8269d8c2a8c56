package io.jenkins.plugins.calm.core.wait;

import java.util.List;

/**
 * The result of {@link WaitCondition#evaluate}.
 *
 * @param verdict whether the wait is over, and how
 * @param failedFeatureUuid for {@link Verdict#FAILED}: the feature that reached a fail-on status
 * @param pendingFeatureUuids for {@link Verdict#PENDING}: the features not yet in an acceptable
 *     status (unknown ones included)
 */
public record Evaluation(Verdict verdict, String failedFeatureUuid, List<String> pendingFeatureUuids) {

    public enum Verdict {
        /** Every feature has an acceptable status. */
        SATISFIED,
        /** A feature has a fail-on status. */
        FAILED,
        /** Not decided yet. */
        PENDING
    }

    public boolean isDecided() {
        return verdict != Verdict.PENDING;
    }
}
