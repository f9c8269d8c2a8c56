package io.jenkins.plugins.calm.core.wait;

import java.util.Map;

/**
 * How a wait ended, with what was known about its features at that moment.
 *
 * @param waitId the wait
 * @param outcome how it ended
 * @param states the last known state of each feature whose status is known, in feature order
 * @param featureUuid the feature that decided the outcome ({@link WaitOutcome#FAILED}: it reached a
 *     fail-on status; {@link WaitOutcome#ERROR}: it could not be found), otherwise {@code null}
 * @param detail a plain-English explanation for the build log (the abort reason, the query error,
 *     the passed deadline); the step adds status display names around it
 */
public record WaitResult(String waitId, WaitOutcome outcome, Map<String, FeatureState> states,
        String featureUuid, String detail) {

    public WaitResult {
        states = Map.copyOf(states);
    }
}
