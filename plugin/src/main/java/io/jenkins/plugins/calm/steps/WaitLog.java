package io.jenkins.plugins.calm.steps;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.PreparedWait;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import io.jenkins.plugins.calm.core.steps.StatusCatalog;
import io.jenkins.plugins.calm.core.steps.StepDurations;
import io.jenkins.plugins.calm.core.steps.WaitForStatusOptions;
import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code calmWaitForStatus} and its build step log and record, from preparing the wait to its end: the
 * features and where they stand, then only status changes (never every poll), polling problems once, and
 * the result.
 */
final class WaitLog {

    private WaitLog() {}

    /** Looks up the features, says where they stand and prepares the wait. */
    static PreparedWait prepare(StepRun step, WaitForStatusOptions options, String waitId) {
        options.validate();
        List<ResolvedFeature> resolved = step.features(options.namedFeatures());
        List<FeatureSummary> features = step.lookup().findAll(resolved);
        for (int i = 0; i < features.size(); i++) {
            step.console().feature(features.get(i),
                    Messages.Steps_FeatureFound(features.get(i).statusName(), resolved.get(i).source()));
            step.action().feature(features.get(i));
        }
        PreparedWait wait = PreparedWait.prepare(step.client(), options, features, waitId, Instant.now());
        String waiting = wait.messages().waiting(wait.state().featureUuids());
        Duration timeout = options.timeout();
        step.console().info(timeout == null ? Messages.WaitForStatus_Waiting(waiting)
                : Messages.WaitForStatus_WaitingAtMost(waiting, StepDurations.format(timeout)));
        return wait;
    }

    static void changed(StepConsole console, PreparedWait wait, StatusChange change) {
        FeatureSummary feature = feature(wait, change.featureUuid());
        console.feature(feature, wait.messages().transition(change));
    }

    static void problem(StepConsole console, PreparedWait wait, PollingProblem problem) {
        console.warning(wait.messages().problem(problem));
    }

    static void recovered(StepConsole console, String projectId) {
        console.info(Messages.WaitForStatus_PollingRecovered(projectId));
    }

    /**
     * Logs the end of the wait and records the features' last statuses on the build.
     *
     * @return the step's return value when the wait succeeded
     * @throws AbortException with the reason when it did not (timed out, fail-on status, error, aborted)
     */
    static Map<String, Object> finish(StepConsole console, Run<?, ?> run, PreparedWait wait, WaitResult result)
            throws AbortException {
        String line = wait.messages().result(result);
        StatusCatalog catalog = wait.catalog();
        CalmBuildAction action = CalmBuildAction.of(run);
        for (FeatureSummary feature : wait.features()) {
            FeatureState state = result.states().get(feature.uuid());
            if (state != null) {
                action.feature(feature.withStatus(state.statusCode(), catalog.nameOf(state.statusCode())));
            }
        }
        if (result.outcome() != WaitOutcome.SUCCEEDED) {
            throw new AbortException(line);
        }
        console.info(line);
        return wait.resultMap(result);
    }

    private static FeatureSummary feature(PreparedWait wait, String uuid) {
        for (FeatureSummary feature : wait.features()) {
            if (feature.uuid().equals(uuid)) {
                return feature;
            }
        }
        return new FeatureSummary(uuid, null, null, null, null, null, null);
    }
}
