package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import java.time.Instant;

/** Builds the {@link DeploymentReport} of a {@code calmReportDeployment} step. */
public final class DeploymentReports {
    private DeploymentReports() {
    }

    /**
     * @param connection the connection's name (the outbox resends through it)
     * @param feature the feature as read from Cloud ALM, or {@code null} when Cloud ALM could not be
     *     reached: then the report carries {@code featureId} and is resolved when it is sent
     * @param featureId the feature as the build named it
     * @param buildResult the build's result so far ({@code null} while a Pipeline runs without failure)
     * @param stepId the step's ID within the build; with the feature and system it makes the report's
     *     idempotency key, so the same step never reports twice
     * @throws InvalidStepInputException for missing or conflicting options, or a build result without
     *     a deployment status
     */
    public static DeploymentReport create(ReportDeploymentOptions options, String connection, FeatureSummary feature,
            FeatureId featureId, BuildInfo build, String buildResult, String stepId, Instant now) {
        options.validate();
        String url = options.url() != null ? options.url() : build.buildUrl();
        if (url == null) {
            throw new InvalidStepInputException("Jenkins does not know its own URL, so the report cannot link to this"
                    + " build: pass url: '…', or have an administrator set Manage Jenkins > System > Jenkins URL");
        }
        DeploymentReport.Builder report = DeploymentReport.builder()
                .idempotencyKey(IdempotencyKeys.forStep(build.jobName(), build.buildNumber(), stepId, featureId.value(),
                        options.system()))
                .createdAt(now)
                .connection(connection)
                .system(options.system())
                .status(options.statusFor(buildResult))
                .transports(options.transports())
                .url(url)
                .description(options.description() != null ? options.description()
                        : StepTexts.defaultDescription(build.jobName(), build.buildNumber(), build.commit()))
                .targetStatusName(options.setStatus())
                .build(build.jobName(), build.buildNumber());
        if (feature != null) {
            report.featureUuid(feature.uuid()).featureDisplayId(feature.displayId()).projectId(feature.projectId());
        } else if (featureId.isUuid()) {
            report.featureUuid(featureId.value());
        } else {
            report.featureDisplayId(featureId.value());
        }
        return report.build();
    }
}
