package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.StepValues;
import io.jenkins.plugins.calm.core.steps.WaitForStatusOptions;
import java.util.List;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code calmWaitForStatus('In Testing')}: waits, without holding a thread or an executor, until the
 * feature (or every feature) reaches one of the given statuses. A webhook event ends the wait at once;
 * polling makes sure a lost event never means a hung build.
 */
public final class WaitForStatusStep extends Step {

    private final WaitForStatusOptions options = new WaitForStatusOptions();

    /** @param status one status name, a list of names, or names separated by commas */
    @DataBoundConstructor
    public WaitForStatusStep(Object status) {
        options.setStatus(status);
    }

    /** The statuses as text ({@code "Successfully Tested, Ready for Production"}), which reads back the same. */
    public String getStatus() {
        return StepValues.join(options.status());
    }

    /** {@code null} for the default (Not Planned), an empty list for "fail on nothing", else the names as text. */
    @CheckForNull
    public Object getFailOn() {
        List<String> failOn = options.failOn();
        return failOn == null ? null : failOn.isEmpty() ? List.of() : StepValues.join(failOn);
    }

    /** @param failOn status names (a list, or text separated by commas); blank for Not Planned, [] for none */
    @DataBoundSetter
    public void setFailOn(Object failOn) {
        options.setFailOn(failOn);
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
    public String getFeatures() {
        return StepValues.join(options.features());
    }

    @DataBoundSetter
    public void setFeatures(Object features) {
        options.setFeatures(features);
    }

    /** As given: a number of {@link #getUnit() units} or text like {@code '2h'}. */
    @CheckForNull
    public Object getTimeout() {
        return options.timeoutValue();
    }

    @DataBoundSetter
    public void setTimeout(Object timeout) {
        options.setTimeout(timeout);
    }

    @CheckForNull
    public String getUnit() {
        return options.unit();
    }

    @DataBoundSetter
    public void setUnit(String unit) {
        options.setUnit(unit);
    }

    /** As given: a number of seconds or text like {@code '1m'}. */
    @CheckForNull
    public Object getPollInterval() {
        return options.pollIntervalValue();
    }

    @DataBoundSetter
    public void setPollInterval(Object pollInterval) {
        options.setPollInterval(pollInterval);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new WaitForStatusExecution(context, options);
    }

    @Extension
    @Symbol("calmWaitForStatus")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "calmWaitForStatus";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForStatus_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckStatus(@QueryParameter String value) {
            return OptionChecks.of(() -> new WaitForStatusOptions().setStatus(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckFeature(@QueryParameter String value) {
            return OptionChecks.of(() -> new WaitForStatusOptions().setFeature(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckFeatures(@QueryParameter String value) {
            return OptionChecks.of(() -> new WaitForStatusOptions().setFeatures(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckTimeout(@QueryParameter String value, @QueryParameter String unit) {
            return OptionChecks.of(() -> {
                WaitForStatusOptions options = new WaitForStatusOptions();
                options.setTimeout(value);
                options.setUnit(unit);
                options.timeout();
            });
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckPollInterval(@QueryParameter String value) {
            return OptionChecks.of(() -> new WaitForStatusOptions().setPollInterval(value));
        }
    }
}
