package io.jenkins.plugins.calm.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.outbox.DeliveryAttempt;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.OutboxException;
import io.jenkins.plugins.calm.core.steps.DeploymentReports;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.ReportDeploymentOptions;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import io.jenkins.plugins.calm.core.steps.StepResults;
import io.jenkins.plugins.calm.outbox.ReportOutbox;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code calmReportDeployment} and its build step do in a build: the report goes into the controller's
 * durable outbox, which sends it at once and, if Cloud ALM cannot take it now, again until it can. The step
 * waits for the first attempt only, and fails only if asked to ({@code failOnError}).
 */
final class DeploymentReporter {

    /** How long the step waits for the first delivery attempt before it leaves the report to the outbox. */
    static final long FIRST_ATTEMPT_SECONDS = 60;

    private DeploymentReporter() {}

    /**
     * @param stepId identifies this step invocation within the build (it makes the report's idempotency key)
     * @return the step's return value
     */
    static Map<String, Object> report(Run<?, ?> run, EnvVars env, TaskListener listener,
                                      ReportDeploymentOptions options, String stepId)
            throws IOException, InterruptedException {
        return StepFailures.abortOnFailure(() -> {
            options.validate();
            StepRun step = new StepRun(run, env, listener, options.connection());
            ResolvedFeature resolved = step.feature(options.feature());
            FeatureSummary feature;
            try {
                feature = step.lookup().find(resolved);
                step.console().feature(feature, Messages.Steps_FeatureFound(feature.statusName(), resolved.source()));
                step.action().feature(feature);
            } catch (CloudAlmException e) {
                if (!e.isTransient()) {
                    // A report Cloud ALM can never take (unknown feature, refused credentials): nothing to queue.
                    return rejected(step, options, resolved.id().value(), e.getMessage());
                }
                // Unreachable or throttled now: the outbox finds the feature when it sends the report.
                step.console().warning(Messages.ReportDeployment_FeatureUnreadable(resolved.id().value(), e.getMessage()));
                feature = null;
            }
            DeploymentReport report = DeploymentReports.create(options, step.connection().getName(), feature,
                    resolved.id(), step.buildInfo(), step.buildResult(), stepId, Instant.now());
            DeliveryAttempt attempt;
            try {
                attempt = submit(report);
            } catch (OutboxException e) {
                return rejected(step, options, report.featureLabel(), e.getMessage());
            }
            return outcome(step, options, report, feature, attempt);
        });
    }

    private static Map<String, Object> rejected(StepRun step, ReportDeploymentOptions options, String feature,
                                                String reason) throws AbortException {
        String status = options.statusFor(step.buildResult()).name();
        String line = Messages.ReportDeployment_Rejected(status, options.system(), feature, reason);
        step.action().deployment(feature, null, options.system(), status, Messages.CalmBuildAction_Rejected(), reason);
        if (options.failOnError()) {
            throw new AbortException(line);
        }
        step.console().warning(line);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("feature", feature);
        map.put("system", options.system());
        map.put("deploymentStatus", status);
        map.put("outcome", "REJECTED");
        map.put("delivered", false);
        map.put("detail", reason);
        map.put("reportId", null);
        return map;
    }

    private static DeliveryAttempt submit(DeploymentReport report) throws InterruptedException {
        CompletableFuture<DeliveryAttempt> first = ReportOutbox.get().outbox().submit(report);
        try {
            return first.get(FIRST_ATTEMPT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new DeliveryAttempt(DeliveryAttempt.Outcome.QUEUED,
                    Messages.ReportDeployment_StillSending(FIRST_ATTEMPT_SECONDS), null);
        } catch (ExecutionException e) {
            return new DeliveryAttempt(DeliveryAttempt.Outcome.QUEUED, String.valueOf(e.getCause()), null);
        }
    }

    private static Map<String, Object> outcome(StepRun step, ReportDeploymentOptions options, DeploymentReport report,
                                               FeatureSummary feature, DeliveryAttempt attempt) throws AbortException {
        String label = report.featureLabel();
        String status = report.status().name();
        String line;
        String shown;
        switch (attempt.outcome()) {
            case DELIVERED -> {
                line = Messages.ReportDeployment_Delivered(status, report.system());
                shown = Messages.CalmBuildAction_Delivered();
            }
            case QUEUED -> {
                line = Messages.ReportDeployment_Queued(status, report.system(), attempt.detail(),
                        attempt.nextAttemptAt() == null ? "-" : attempt.nextAttemptAt().toString());
                shown = Messages.CalmBuildAction_Queued();
            }
            default -> {
                line = Messages.ReportDeployment_Parked(status, report.system(), attempt.detail());
                shown = Messages.CalmBuildAction_Parked();
            }
        }
        if (feature != null) {
            step.console().feature(feature, line);
        } else {
            step.console().info(Messages.ReportDeployment_ForFeature(label, line));
        }
        step.action().deployment(label, feature == null ? null : feature.url(), report.system(), status, shown,
                attempt.outcome() == DeliveryAttempt.Outcome.DELIVERED ? null : attempt.detail());
        if (options.failOnError() && attempt.outcome() != DeliveryAttempt.Outcome.DELIVERED) {
            throw new AbortException(Messages.ReportDeployment_FailOnError(line));
        }
        Map<String, Object> map = feature != null ? StepResults.feature(feature) : new LinkedHashMap<>();
        map.putIfAbsent("feature", label);
        map.put("system", report.system());
        map.put("deploymentStatus", status);
        map.put("outcome", attempt.outcome().name());
        map.put("delivered", attempt.outcome() == DeliveryAttempt.Outcome.DELIVERED);
        map.put("detail", attempt.detail());
        map.put("reportId", report.idempotencyKey());
        return map;
    }
}
