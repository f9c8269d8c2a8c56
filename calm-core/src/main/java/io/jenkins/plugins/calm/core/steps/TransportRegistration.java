package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.client.tms.TmsFile;
import io.jenkins.plugins.calm.core.client.tms.TmsNodeRequest;
import io.jenkins.plugins.calm.core.client.tms.TmsTransportRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code calmRegisterTransport} does once the feature is known: checks that the feature's
 * status allows the activity, uploads the file to Cloud Transport Management (upload mode) or
 * checks the given transports against Cloud ALM (existing-transports mode), and links the build to
 * the feature with a URL reference.
 *
 * <p>There is no public API to assign a transport to a feature; existing transports must already
 * be assigned (by SAP's integrations or in the Features app), and this class checks that they are
 * assigned to the right feature rather than pretending to assign them.
 */
public final class TransportRegistration {
    /** Who Transport Management records when the build was not started by a user. */
    public static final String DEFAULT_NAMED_USER = "Jenkins";

    private final CloudAlmClient client;
    private final TransportActivityRules rules;

    public TransportRegistration(CloudAlmClient client, TransportActivityRules rules) {
        this.client = Objects.requireNonNull(client, "client");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param localFile in upload mode, a copy of {@link RegisterTransportOptions#file()} on this
     *     machine, named like the original (its name is what Transport Management shows); ignored
     *     otherwise
     * @throws InvalidStepInputException when the options do not fit together
     * @throws StepFailureException when the feature's status forbids the activity, a transport is
     *     unknown or belongs to another feature, or the build cannot be linked
     * @throws CloudAlmException when Cloud ALM cannot be reached or refuses a call
     */
    public TransportRegistrationResult register(RegisterTransportOptions options, FeatureSummary feature,
            BuildInfo build, Path localFile, StepLog log) {
        options.validate();
        if (build.buildUrl() == null) {
            throw new StepFailureException("Jenkins does not know its own URL, so Cloud ALM cannot link to this build."
                    + " An administrator sets it under Manage Jenkins > System > Jenkins URL.");
        }
        TransportActivity activity = options.isUpload() ? TransportActivity.CREATE_TRANSPORT_REQUEST
                : TransportActivity.ASSIGN;
        checkStatus(feature, activity, log);

        List<String> transports;
        Long transportRequestId = null;
        if (options.isUpload()) {
            TmsTransportRequest request = upload(options, feature, build, localFile, log);
            transportRequestId = request.transportRequestId();
            transports = List.of(Long.toString(request.transportRequestId()));
        } else {
            transports = checkAssigned(options.transports(), feature);
            log.feature(feature, (transports.size() == 1 ? "transport " : "transports ") + String.join(", ", transports)
                    + (transports.size() == 1 ? " is" : " are") + " assigned to it in Cloud ALM");
        }

        String referenceName = StepTexts.referenceName(build.jobName(), build.buildNumber(), transports);
        try {
            boolean created = link(feature, referenceName, build.buildUrl());
            log.feature(feature, (created ? "linked to this build" : "already linked to this build")
                    + " (URL reference '" + referenceName + "')");
        } catch (CloudAlmException e) {
            String failed = "linking the build to feature " + feature.label() + " failed: " + e.getMessage();
            throw new StepFailureException(transportRequestId == null ? "L" + failed.substring(1)
                    : "Transport request " + transportRequestId + " was created, but " + failed, e);
        }
        return new TransportRegistrationResult(feature, transports, transportRequestId,
                options.isUpload() ? options.node() : null, options.isUpload() ? options.mode() : null, referenceName);
    }

    private void checkStatus(FeatureSummary feature, TransportActivity activity, StepLog log) {
        String status = feature.statusName() == null ? "" : feature.statusName();
        ActivityCheck check = rules.check(feature.label(), status, activity);
        switch (check.verdict()) {
            case NOT_ALLOWED -> throw new StepFailureException(check.message());
            case UNKNOWN_STATUS -> log.warning(check.message());
            case ALLOWED -> {
                // go ahead
            }
        }
    }

    private TmsTransportRequest upload(RegisterTransportOptions options, FeatureSummary feature, BuildInfo build,
            Path localFile, StepLog log) {
        Objects.requireNonNull(localFile, "localFile");
        String namedUser = options.namedUser() != null ? options.namedUser()
                : build.startedBy() != null ? build.startedBy() : DEFAULT_NAMED_USER;
        String description = options.description() != null ? options.description()
                : StepTexts.defaultDescription(build.jobName(), build.buildNumber(), build.commit());
        TmsFile file = client.transportManagement().uploadFile(localFile, namedUser);
        TmsNodeRequest request = TmsNodeRequest.mta(options.node(), description, namedUser, file);
        TmsTransportRequest created = options.mode() == RegisterTransportOptions.Mode.EXPORT
                ? client.transportManagement().exportFromNode(request)
                : client.transportManagement().uploadToNode(request);
        log.feature(feature, "uploaded " + localFile.getFileName() + " to Cloud Transport Management: transport request "
                + created.transportRequestId() + (options.mode() == RegisterTransportOptions.Mode.EXPORT
                        ? " for the nodes after " + options.node() : " in node " + options.node())
                + (created.queueEntries().isEmpty() ? "" : ", queued in " + created.queueEntries()));
        return created;
    }

    /** Every transport must be known to Cloud ALM and assigned to this feature; all problems are named at once. */
    private List<String> checkAssigned(List<String> transports, FeatureSummary feature) {
        List<String> problems = new ArrayList<>();
        for (String transport : transports) {
            try {
                Feature parent = client.transports().parentFeature(transport);
                if (!feature.uuid().equalsIgnoreCase(parent.uuid())) {
                    problems.add("transport " + transport + " is assigned to feature " + label(parent)
                            + (parent.title() == null ? "" : " ('" + StepTexts.abbreviate(parent.title(), 60) + "')")
                            + ", not to " + feature.label());
                }
            } catch (NotFoundException e) {
                problems.add("transport " + transport + " is unknown to Cloud ALM or assigned to no feature (Cloud ALM"
                        + " shows only released transports; assign it to " + feature.label() + " in the Features app)");
            }
        }
        if (!problems.isEmpty()) {
            throw new StepFailureException("Cannot register the transports with feature " + feature.label() + ": "
                    + String.join("; ", problems) + ".");
        }
        return transports;
    }

    /** Adds the URL reference unless one with the same name and URL exists; returns whether it created one. */
    private boolean link(FeatureSummary feature, String name, String url) {
        for (FeatureReference existing : client.references().urlReferences(feature.uuid())) {
            if (url.equals(existing.url()) && name.equals(existing.name())) {
                return false;
            }
        }
        client.references().addUrlReference(feature.uuid(), name, url);
        return true;
    }

    private static String label(Feature feature) {
        return feature.displayId() != null ? feature.displayId() : feature.uuid();
    }
}
