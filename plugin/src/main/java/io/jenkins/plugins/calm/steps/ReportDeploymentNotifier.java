package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Notifier;
import hudson.tasks.Publisher;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.InvalidStepInputException;
import io.jenkins.plugins.calm.core.steps.ReportDeploymentOptions;
import io.jenkins.plugins.calm.core.steps.StepValues;
import java.io.IOException;
import java.util.UUID;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle form of {@code calmReportDeployment}, with the same options: a post-build action, not a build step.
 * A freestyle build runs no further build step once one has failed, so a build step could only ever report
 * success; post-build actions run in every case, once the build steps have decided the result. A {@link Notifier}
 * rather than a {@code Recorder}: it tells Cloud ALM about the build, and Jenkins runs notifiers after the recorders
 * (test reports and the like), whose verdict (say, UNSTABLE) belongs in the report.
 *
 * <p>It shares the Pipeline step's symbol, as junit's recorder and step do: in Pipeline the step answers to it, in
 * Job DSL's {@code publishers} block (and so in Configuration as Code's job definitions) this notifier does.
 */
public final class ReportDeploymentNotifier extends Notifier implements SimpleBuildStep {

    private final ReportDeploymentOptions options = new ReportDeploymentOptions();

    /** @param system the system deployed to, e.g. {@code QAS}; may also be given as {@code environment} */
    @DataBoundConstructor
    public ReportDeploymentNotifier(String system) {
        options.setSystem(system);
    }

    @CheckForNull
    public String getSystem() {
        return options.system();
    }

    /** Another name for {@code system}, as deployment tools often say. Never read back: {@code system} is. */
    @CheckForNull
    public String getEnvironment() {
        return null;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        String text = StepValues.text(environment);
        if (text == null) {
            return;
        }
        if (options.system() != null && !options.system().equals(text)) {
            throw new InvalidStepInputException(Messages.ReportDeployment_SystemAndEnvironment(options.system(), text));
        }
        options.setSystem(text);
    }

    @CheckForNull
    public String getConnection() {
        return options.connection();
    }

    @DataBoundSetter
    public void setConnection(String connection) {
        options.setConnection(connection);
    }

    @CheckForNull
    public String getFeature() {
        return options.feature();
    }

    @DataBoundSetter
    public void setFeature(String feature) {
        options.setFeature(feature);
    }

    @CheckForNull
    public String getStatus() {
        return options.status() == null ? null : options.status().name();
    }

    @DataBoundSetter
    public void setStatus(String status) {
        options.setStatus(status);
    }

    @CheckForNull
    public String getTransports() {
        return StepValues.join(options.transports());
    }

    /** @param transports transport IDs separated by commas or line breaks */
    @DataBoundSetter
    public void setTransports(String transports) {
        options.setTransports(transports);
    }

    @CheckForNull
    public String getUrl() {
        return options.url();
    }

    @DataBoundSetter
    public void setUrl(String url) {
        options.setUrl(url);
    }

    @CheckForNull
    public String getDescription() {
        return options.description();
    }

    @DataBoundSetter
    public void setDescription(String description) {
        options.setDescription(description);
    }

    @CheckForNull
    public String getSetStatus() {
        return options.setStatus();
    }

    @DataBoundSetter
    public void setSetStatus(String setStatus) {
        options.setSetStatus(setStatus);
    }

    public boolean isFailOnError() {
        return options.failOnError();
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        options.setFailOnError(failOnError);
    }

    /** Needs nothing from the previous build, so builds of the job need not wait for each other here. */
    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        // Without a status option the report takes the build's result, which the build steps have set by now.
        DeploymentReporter.report(run, env, listener, options, UUID.randomUUID().toString());
    }

    @Extension
    @Symbol("calmReportDeployment")
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ReportDeployment_DisplayName();
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckSystem(@QueryParameter String value) {
            return OptionChecks.of(() -> {
                ReportDeploymentOptions options = new ReportDeploymentOptions();
                options.setSystem(value);
                options.validate();
            });
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckFeature(@QueryParameter String value) {
            return OptionChecks.of(() -> new ReportDeploymentOptions().setFeature(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckStatus(@QueryParameter String value) {
            return OptionChecks.of(() -> new ReportDeploymentOptions().setStatus(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckUrl(@QueryParameter String value) {
            return OptionChecks.of(() -> new ReportDeploymentOptions().setUrl(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckDescription(@QueryParameter String value) {
            return OptionChecks.of(() -> new ReportDeploymentOptions().setDescription(value));
        }
    }
}
