package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.FeatureId;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import io.jenkins.plugins.calm.core.steps.StepResults;
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
 * {@code calmGetFeature()}: reads the feature a build is about (the same resolution as the other steps) and
 * returns its IDs, title, status and link, so that a script can decide by it. Pipeline only: a freestyle build
 * has no script to return a value to.
 */
public final class GetFeatureStep extends Step {

    private String feature;
    private String connection;

    @DataBoundConstructor
    public GetFeatureStep() {
        // every option is named, and both are optional
    }

    @CheckForNull
    public String getFeature() {
        return feature;
    }

    @DataBoundSetter
    public void setFeature(String feature) {
        String text = StepValues.text(feature);
        if (text != null) {
            FeatureId.parse(text, "the feature option");
        }
        this.feature = text;
    }

    @CheckForNull
    public String getConnection() {
        return connection;
    }

    @DataBoundSetter
    public void setConnection(String connection) {
        this.connection = StepValues.text(connection);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, feature, connection);
    }

    private static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String feature;
        private final String connection;

        Execution(StepContext context, String feature, String connection) {
            super(context);
            this.feature = feature;
            this.connection = connection;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            EnvVars env = context.get(EnvVars.class);
            TaskListener listener = context.get(TaskListener.class);
            return StepFailures.abortOnFailure(() -> {
                StepRun stepRun = new StepRun(run, env, listener, connection);
                ResolvedFeature resolved = stepRun.feature(feature);
                FeatureSummary found = stepRun.lookup().find(resolved);
                stepRun.console().feature(found, Messages.Steps_FeatureFound(found.statusName(), resolved.source()));
                Map<String, Object> result = StepResults.feature(found);
                result.put("projectId", found.projectId());
                result.put("statusCode", found.statusCode());
                return result;
            });
        }
    }

    @Extension
    @Symbol("calmGetFeature")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "calmGetFeature";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GetFeature_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckFeature(@QueryParameter String value) {
            return OptionChecks.of(() -> new GetFeatureStep().setFeature(value));
        }
    }
}
