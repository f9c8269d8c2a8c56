package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.RegisterTransportOptions;
import io.jenkins.plugins.calm.core.steps.StepValues;
import java.util.Map;
import java.util.Set;
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
 * {@code calmRegisterTransport}: uploads a file to Cloud Transport Management through Cloud ALM, or checks
 * transports created elsewhere, and links the build to the feature. Returns a map (see {@code help.html}).
 */
public final class RegisterTransportStep extends Step {

    private final RegisterTransportOptions options = new RegisterTransportOptions();

    @DataBoundConstructor
    public RegisterTransportStep() {
        // every option is named: calmRegisterTransport(file: 'app.mtar', node: 'QAS')
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

    /** The transports as text ({@code "S4DK900123, S4DK900124"}), which reads back the same. */
    @CheckForNull
    public String getTransports() {
        return StepValues.join(options.transports());
    }

    /** @param transports a list of transport IDs, or text with IDs separated by commas */
    @DataBoundSetter
    public void setTransports(Object transports) {
        options.setTransports(transports);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, options);
    }

    /** Calls Cloud ALM on a pool thread, not on the Pipeline's own thread. */
    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final RegisterTransportOptions options;

        Execution(StepContext context, RegisterTransportOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            return TransportRegistrar.register(context.get(Run.class), context.get(EnvVars.class),
                    context.get(TaskListener.class), context.get(FilePath.class), options);
        }
    }

    @Extension
    @Symbol("calmRegisterTransport")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "calmRegisterTransport";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RegisterTransport_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
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
