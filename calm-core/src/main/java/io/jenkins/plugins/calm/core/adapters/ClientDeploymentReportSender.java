package io.jenkins.plugins.calm.core.adapters;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.CallInterruptedException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.ServerErrorException;
import io.jenkins.plugins.calm.core.client.ThrottledException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeaturePatch;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.features.ReferencesApi;
import io.jenkins.plugins.calm.core.client.features.UnknownStatusException;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.ReportSender;
import io.jenkins.plugins.calm.core.outbox.SendResult;
import io.jenkins.plugins.calm.core.steps.StepTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox's {@link ReportSender} for deployment reports, on top of the Cloud ALM client. One
 * {@link #send} writes, in this order, each step skipped when an earlier attempt did it already:
 *
 * <ol>
 *   <li>a <b>URL reference</b> to the build ({@link DeploymentReport#url()}), named after the job,
 *       build and transports; skipped when the feature links that URL already (for example because
 *       {@code calmRegisterTransport} linked the same build);
 *   <li>an <b>external reference</b> carrying the deployment result: its ID is the report's
 *       idempotency key, its name says system, result, build and transports
 *       ({@code "QAS: SUCCESS – deploy-app #42 – S4HK900123"}), its URL the build. A resend finds
 *       it by the key and does not create it again;
 *   <li>the optional <b>status switch</b> ({@link DeploymentReport#targetStatusName()}): skipped when
 *       the feature has that status already. Whether the switch is allowed is Cloud ALM's call (its
 *       enabled status switches are tenant configuration): a refusal parks the report with a message
 *       naming the current and the target status. When Cloud ALM starts an approval workflow
 *       instead of switching at once, the report counts as delivered and says so.
 * </ol>
 *
 * <p>Results: 429, 5xx and network failures → {@link SendResult.RetryLater} (with the server's
 * Retry-After); authentication, missing scope, unknown feature or status, and other refusals →
 * {@link SendResult.Rejected} with the client's message, which says what to fix. The reason
 * names what was written already and the step that failed.
 *
 * <p>The client's retry policy applies inside a send; since the outbox resends by itself, a short
 * policy suits it best. Thread-safe (stateless besides the client).
 */
public final class ClientDeploymentReportSender implements ReportSender<DeploymentReport> {

    private final FeaturesApi features;
    private final ReferencesApi references;

    public ClientDeploymentReportSender(CloudAlmClient client) {
        Objects.requireNonNull(client, "client");
        this.features = client.features();
        this.references = client.references();
    }

    @Override
    public SendResult send(DeploymentReport report) {
        Attempt attempt = new Attempt(report);
        try {
            return attempt.run();
        } catch (CloudAlmException e) {
            String reason = attempt.written() + attempt.step + ": " + e.getMessage();
            if (e instanceof ThrottledException throttled) {
                return SendResult.retryLater(reason, throttled.retryAfter().orElse(null));
            }
            if (e instanceof ServerErrorException serverError) {
                return SendResult.retryLater(reason, serverError.retryAfter().orElse(null));
            }
            if (e.isTransient() || e instanceof CallInterruptedException) {
                return SendResult.retryLater(reason);
            }
            return SendResult.rejected(reason);
        }
    }

    /** The name of the external reference that carries the result. */
    static String resultName(DeploymentReport report) {
        String text = report.system() + ": " + report.status() + " – "
                + StepTexts.referenceName(report.jobName(), report.buildNumber(), report.transports());
        if (report.description().isPresent()) {
            text += " – " + report.description().get();
        }
        return StepTexts.abbreviate(text, StepTexts.MAX_DESCRIPTION);
    }

    /** One send; {@link #step} says what it was doing when it failed. */
    private final class Attempt {
        final DeploymentReport report;
        final List<String> done = new ArrayList<>();
        String step = "Reading the feature";

        Attempt(DeploymentReport report) {
            this.report = report;
        }

        SendResult run() {
            Optional<Feature> found = resolve();
            if (found.isEmpty()) {
                return SendResult.rejected("Cloud ALM has no feature " + report.featureLabel()
                        + report.projectId().map(p -> " in project " + p).orElse("")
                        + " that this service key can see. Check the feature given to calmReportDeployment;"
                        + " once it is fixed in Cloud ALM, retry the report.");
            }
            Feature feature = found.get();
            String label = feature.displayId() != null ? feature.displayId() : feature.uuid();
            linkBuild(feature, label);
            recordResult(feature, label);
            Optional<SendResult> refused = switchStatus(feature, label);
            return refused.orElseGet(() -> SendResult.delivered("Feature " + label + ": " + String.join(", ", done)));
        }

        private Optional<Feature> resolve() {
            if (report.featureUuid().isPresent()) {
                try {
                    return Optional.of(features.get(report.featureUuid().get()));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            }
            return features.findByDisplayId(report.projectId().orElse(null), report.featureDisplayId().orElseThrow());
        }

        private void linkBuild(Feature feature, String label) {
            if (report.url().isEmpty()) {
                return;
            }
            String url = report.url().get();
            step = "Linking the build to feature " + label;
            for (FeatureReference existing : references.urlReferences(feature.uuid())) {
                if (url.equals(existing.url())) {
                    done.add("build link present");
                    return;
                }
            }
            references.addUrlReference(feature.uuid(),
                    StepTexts.referenceName(report.jobName(), report.buildNumber(), report.transports()), url);
            done.add("build linked");
        }

        private void recordResult(Feature feature, String label) {
            String key = report.idempotencyKey();
            step = "Recording the deployment result on feature " + label;
            for (FeatureReference existing : references.externalReferences(feature.uuid())) {
                if (key.equals(existing.externalId())) {
                    done.add("deployment result present");
                    return;
                }
            }
            try {
                references.addExternalReference(feature.uuid(), key, resultName(report), report.url().orElse(null));
                done.add("deployment result recorded");
            } catch (RequestRejectedException e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
                // Created by a concurrent or lost attempt after our look-up: it is there, which is the goal.
                done.add("deployment result present");
            }
        }

        private Optional<SendResult> switchStatus(Feature feature, String label) {
            if (report.targetStatusName().isEmpty()) {
                return Optional.empty();
            }
            String target = report.targetStatusName().get();
            step = "Switching feature " + label + " to '" + target + "'";
            String targetCode;
            try {
                targetCode = features.resolveStatus(target);
            } catch (UnknownStatusException e) {
                return Optional.of(SendResult.rejected(written() + step + " is not possible: " + e.getMessage()));
            }
            String targetName = features.statusName(targetCode).orElse(target);
            if (targetCode.equals(feature.statusCode())) {
                done.add("status is " + targetName + " already");
                return Optional.empty();
            }
            String currentName = features.statusName(feature.statusCode()).orElse(feature.statusCode());
            Feature after;
            try {
                after = features.update(feature.uuid(), FeaturePatch.builder().statusCode(targetCode).build());
            } catch (RequestRejectedException e) {
                return Optional.of(SendResult.rejected(written() + "Cloud ALM does not allow switching feature " + label
                        + " from '" + currentName + "' to '" + targetName + "': " + e.getMessage()
                        + " Switch it in Cloud ALM by hand, or retry this report once the feature is in a status from"
                        + " which '" + targetName + "' can be reached."));
            }
            if (targetCode.equals(after.statusCode())) {
                done.add("status switched from " + currentName + " to " + targetName);
            } else {
                done.add("switch from " + currentName + " to " + targetName + " requested; Cloud ALM is waiting for its"
                        + " approval workflow");
            }
            return Optional.empty();
        }

        /** What was written before a failure, so the administrator knows what a retry will skip. */
        String written() {
            return done.isEmpty() ? "" : "Done: " + String.join(", ", done) + ". Not done: ";
        }
    }
}
