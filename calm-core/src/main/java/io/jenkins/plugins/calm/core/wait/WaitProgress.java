package io.jenkins.plugins.calm.core.wait;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running wait stands, for status displays (Jenkins' {@code StepExecution.getStatus()}).
 *
 * @param waitId the wait
 * @param states the last known state of each feature whose status is known
 * @param nextCheckAt when the engine next queries Cloud ALM for the wait's features
 * @param problems current polling problems of the wait's projects (usually empty)
 */
public record WaitProgress(String waitId, Map<String, FeatureState> states, Instant nextCheckAt,
        List<PollingProblem> problems) {

    public WaitProgress {
        states = Map.copyOf(states);
        problems = List.copyOf(problems);
    }

    public Optional<PollingProblem> firstProblem() {
        return problems.stream().findFirst();
    }
}
