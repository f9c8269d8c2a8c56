package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code calmReportDeployment} and its freestyle build step: what was deployed
 * ({@code transports}), where ({@code system}, also accepted as {@code environment}), with which
 * result ({@code status}, by default derived from the build result), and an optional status switch
 * of the feature afterwards ({@code setStatus}).
 */
public final class ReportDeploymentOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MAX_SYSTEM = 64;

    private String connection;
    private String feature;
    private String system;
    private DeploymentStatus status;
    private ArrayList<String> transports = new ArrayList<>();
    private String url;
    private String description;
    private String setStatus;
    private boolean failOnError;

    public void setConnection(String connection) {
        this.connection = StepValues.text(connection);
    }

    public String connection() {
        return connection;
    }

    public void setFeature(String feature) {
        String text = StepValues.text(feature);
        if (text != null) {
            FeatureId.parse(text, "the feature option");
        }
        this.feature = text;
    }

    public String feature() {
        return feature;
    }

    /** @param system the system or environment deployed to, e.g. {@code QAS} */
    public void setSystem(String system) {
        String text = StepValues.text(system);
        if (text != null && text.length() > MAX_SYSTEM) {
            throw new InvalidStepInputException("system '" + StepTexts.abbreviate(text, 80) + "' is longer than "
                    + MAX_SYSTEM + " characters; use the system's short name, like QAS");
        }
        this.system = text;
    }

    public String system() {
        return system;
    }

    /** @param status SUCCESS, UNSTABLE, FAILURE or ABORTED, in any case; blank for "from the build result" */
    public void setStatus(String status) {
        String text = StepValues.text(status);
        if (text == null) {
            this.status = null;
            return;
        }
        try {
            this.status = DeploymentStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidStepInputException("status: " + e.getMessage()
                    + "; leave it out to report the build's result");
        }
    }

    /** The status given; {@code null} means "derive it from the build result". */
    public DeploymentStatus status() {
        return status;
    }

    /** @param value transport IDs deployed (a list, or text separated by commas) */
    public void setTransports(Object value) {
        this.transports = new ArrayList<>(StepValues.list(value, "transports"));
    }

    public List<String> transports() {
        return Collections.unmodifiableList(transports);
    }

    /** @param url the link to put on the feature; blank for the build's URL */
    public void setUrl(String url) {
        String text = StepValues.text(url);
        if (text != null) {
            requireHttpUrl(text);
        }
        this.url = text;
    }

    public String url() {
        return url;
    }

    public void setDescription(String description) {
        String text = StepValues.text(description);
        if (text != null && text.length() > StepTexts.MAX_DESCRIPTION) {
            throw new InvalidStepInputException("description is " + text.length() + " characters long; at most "
                    + StepTexts.MAX_DESCRIPTION + " fit into Cloud ALM's reference");
        }
        this.description = text;
    }

    public String description() {
        return description;
    }

    /** @param setStatus the feature status to switch to after reporting, e.g. {@code Deployed}; blank for none */
    public void setSetStatus(String setStatus) {
        this.setStatus = StepValues.text(setStatus);
    }

    public String setStatus() {
        return setStatus;
    }

    /** @param failOnError whether the step fails when the report cannot be delivered at once (default: no) */
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    public boolean failOnError() {
        return failOnError;
    }

    /**
     * @throws InvalidStepInputException when no system is given
     */
    public void validate() {
        if (system == null) {
            throw new InvalidStepInputException("calmReportDeployment needs the system deployed to, e.g."
                    + " calmReportDeployment(system: 'QAS')");
        }
    }

    /** The deployment status to report: the one given, else the build result's. */
    public DeploymentStatus statusFor(String buildResult) {
        return status != null ? status : BuildResults.deploymentStatus(buildResult);
    }

    private static void requireHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidStepInputException("url: '" + StepTexts.abbreviate(text, 120) + "' is not an absolute http(s)"
                + " URL; leave it out to link the build");
    }
}
