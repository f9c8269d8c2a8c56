package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.RegisterTransportOptions;
import io.jenkins.plugins.calm.core.steps.StepValues;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step of {@code calmRegisterTransport}, with the same options. It shares the Pipeline
 * step's symbol: in Pipeline the step itself answers to it, in Job DSL and freestyle this build step does.
 */
public final class RegisterTransportBuilder extends Builder implements SimpleBuildStep {

    private final RegisterTransportOptions options = new RegisterTransportOptions();

    @DataBoundConstructor
    public RegisterTransportBuilder() {
        // every option is a property
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
    public String getFile() {
        return options.file();
    }

    @DataBoundSetter
    public void setFile(String file) {
        options.setFile(file);
    }

    @CheckForNull
    public String getNode() {
        return options.node();
    }

    @DataBoundSetter
    public void setNode(String node) {
        options.setNode(node);
    }

    @CheckForNull
    public String getMode() {
        return options.modeValue() == null ? null : options.modeValue().optionValue();
    }

    @DataBoundSetter
    public void setMode(String mode) {
        options.setMode(mode);
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
    public String getNamedUser() {
        return options.namedUser();
    }

    @DataBoundSetter
    public void setNamedUser(String namedUser) {
        options.setNamedUser(namedUser);
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

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        TransportRegistrar.register(run, env, listener, workspace, options);
    }

    @Extension
    @Symbol("calmRegisterTransport")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RegisterTransport_DisplayName();
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckFeature(@QueryParameter String value) {
            return OptionChecks.of(() -> new RegisterTransportOptions().setFeature(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckMode(@QueryParameter String value) {
            return OptionChecks.of(() -> new RegisterTransportOptions().setMode(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckDescription(@QueryParameter String value) {
            return OptionChecks.of(() -> new RegisterTransportOptions().setDescription(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckTransports(@QueryParameter String value) {
            return OptionChecks.of(() -> new RegisterTransportOptions().setTransports(value));
        }
    }
}
