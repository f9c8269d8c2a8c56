package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.InvalidStepInputException;
import io.jenkins.plugins.calm.core.steps.ReportDeploymentOptions;
import io.jenkins.plugins.calm.core.steps.StepValues;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code calmReportDeployment}: writes a deployment's result back to the feature (a link to the build, an
 * external reference with the result, optionally a status switch) through the controller's durable outbox.
 */
public final class ReportDeploymentStep extends Step {

    private final ReportDeploymentOptions options = new ReportDeploymentOptions();

    /** @param system the system deployed to, e.g. {@code QAS}; may also be given as {@code environment} */
    @DataBoundConstructor
    public ReportDeploymentStep(String system) {
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

    /** @param transports a list of transport IDs, or text with IDs separated by commas */
    @DataBoundSetter
    public void setTransports(Object transports) {
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

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, options);
    }

    /** Reads Cloud ALM and waits for the first delivery attempt on a pool thread, not on the Pipeline's thread. */
    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final ReportDeploymentOptions options;
        /* Per invocation: two reports of one build to the same feature and system are two reports. */
        private final String stepId = UUID.randomUUID().toString();

        Execution(StepContext context, ReportDeploymentOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return DeploymentReporter.report(context.get(Run.class), context.get(EnvVars.class),
                    context.get(TaskListener.class), options, stepId);
        }
    }

    @Extension
    @Symbol("calmReportDeployment")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "calmReportDeployment";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ReportDeployment_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
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
