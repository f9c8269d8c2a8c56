package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/**
 * The build page's "SAP Cloud ALM" section: the features this build touched with their statuses, the
 * transports it registered and the deployments it reported, each linked to Cloud ALM. Saved with the build.
 * The views escape every text, since titles and status names come from Cloud ALM.
 */
public final class CalmBuildAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(CalmBuildAction.class.getName());

    private final List<FeatureRow> features = new ArrayList<>();
    private final List<TransportRow> transports = new ArrayList<>();
    private final List<DeploymentRow> deployments = new ArrayList<>();
    private transient Run<?, ?> run;

    /** The action of {@code run}, added on first use. */
    static CalmBuildAction of(Run<?, ?> run) {
        synchronized (run) {
            CalmBuildAction action = run.getAction(CalmBuildAction.class);
            if (action == null) {
                action = new CalmBuildAction();
                run.addAction(action);
            }
            return action;
        }
    }

    @Override
    public String getIconFileName() {
        return "symbol-cloud";
    }

    @Override
    public String getDisplayName() {
        return Messages.CalmBuildAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "cloud-alm";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    /** The build, for the page's side panel. */
    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    public synchronized List<FeatureRow> getFeatures() {
        return List.copyOf(features);
    }

    public synchronized List<TransportRow> getTransports() {
        return List.copyOf(transports);
    }

    public synchronized List<DeploymentRow> getDeployments() {
        return List.copyOf(deployments);
    }

    /** Records a feature, or its newer status if it is recorded already. */
    void feature(FeatureSummary feature) {
        synchronized (this) {
            features.removeIf(row -> row.uuid.equals(feature.uuid()));
            features.add(new FeatureRow(feature));
        }
        save();
    }

    void transports(FeatureSummary feature, List<String> ids, @CheckForNull String node) {
        synchronized (this) {
            for (String id : ids) {
                transports.add(new TransportRow(id, feature.label(), feature.url(), node));
            }
        }
        save();
    }

    void deployment(String featureLabel, @CheckForNull String featureUrl, String system, String status,
                    String outcome, @CheckForNull String detail) {
        synchronized (this) {
            deployments.add(new DeploymentRow(featureLabel, featureUrl, system, status, outcome, detail));
        }
        save();
    }

    private void save() {
        Run<?, ?> owner = run;
        if (owner == null) {
            return;
        }
        try {
            owner.save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not save the SAP Cloud ALM section of " + owner.getFullDisplayName()
                    + "; it is saved again when the build ends", e);
        }
    }

    /** A feature the build touched. Its texts come from Cloud ALM: views must escape them. */
    public static final class FeatureRow {
        private final String uuid;
        private final String label;
        private final String title;
        private final String status;
        private final String url;

        FeatureRow(FeatureSummary feature) {
            this.uuid = feature.uuid();
            this.label = feature.label();
            this.title = feature.title();
            this.status = feature.statusName();
            this.url = feature.url();
        }

        public String getLabel() {
            return label;
        }

        @CheckForNull
        public String getTitle() {
            return title;
        }

        @CheckForNull
        public String getStatus() {
            return status;
        }

        @CheckForNull
        public String getUrl() {
            return url;
        }
    }

    /** A transport the build registered with a feature. */
    public static final class TransportRow {
        private final String id;
        private final String feature;
        private final String featureUrl;
        private final String node;

        TransportRow(String id, String feature, @CheckForNull String featureUrl, @CheckForNull String node) {
            this.id = id;
            this.feature = feature;
            this.featureUrl = featureUrl;
            this.node = node;
        }

        public String getId() {
            return id;
        }

        public String getFeature() {
            return feature;
        }

        @CheckForNull
        public String getFeatureUrl() {
            return featureUrl;
        }

        @CheckForNull
        public String getNode() {
            return node;
        }
    }

    /** A deployment the build reported, and how far the report got. */
    public static final class DeploymentRow {
        private final String feature;
        private final String featureUrl;
        private final String system;
        private final String status;
        private final String outcome;
        private final String detail;

        DeploymentRow(String feature, @CheckForNull String featureUrl, String system, String status, String outcome,
                      @CheckForNull String detail) {
            this.feature = feature;
            this.featureUrl = featureUrl;
            this.system = system;
            this.status = status;
            this.outcome = outcome;
            this.detail = detail;
        }

        public String getFeature() {
            return feature;
        }

        @CheckForNull
        public String getFeatureUrl() {
            return featureUrl;
        }

        public String getSystem() {
            return system;
        }

        public String getStatus() {
            return status;
        }

        /** Delivered, queued (the outbox keeps trying), parked or rejected. */
        public String getOutcome() {
            return outcome;
        }

        @CheckForNull
        public String getDetail() {
            return detail;
        }
    }
}
