package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.PreparedWait;
import io.jenkins.plugins.calm.core.steps.StepValues;
import io.jenkins.plugins.calm.core.steps.WaitForStatusOptions;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitListener;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.waits.WaitEngines;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step of {@code calmWaitForStatus}, with the same options. A freestyle build keeps its
 * executor while a build step runs, so this one does wait on the build's thread; the polling is still the
 * connection's shared, batched wait engine. It shares the Pipeline step's symbol: in Pipeline the
 * asynchronous step answers to it, in Job DSL and freestyle this build step does.
 */
public final class WaitForStatusBuilder extends Builder implements SimpleBuildStep {

    private final WaitForStatusOptions options = new WaitForStatusOptions();

    /** @param status one status name or several, separated by commas */
    @DataBoundConstructor
    public WaitForStatusBuilder(String status) {
        options.setStatus(status);
    }

    public String getStatus() {
        return StepValues.join(options.status());
    }

    @CheckForNull
    public String getFailOn() {
        return options.failOn() == null ? null : String.join(", ", options.failOn());
    }

    /** @param failOn statuses separated by commas; blank for the default, Not Planned */
    @DataBoundSetter
    public void setFailOn(String failOn) {
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
    public void setFeatures(String features) {
        options.setFeatures(features);
    }

    @CheckForNull
    public String getTimeout() {
        return options.timeoutValue() == null ? null : options.timeoutValue().toString();
    }

    /** @param timeout a number of {@link #getUnit() units} or text like {@code 2h} */
    @DataBoundSetter
    public void setTimeout(String timeout) {
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

    @CheckForNull
    public String getPollInterval() {
        return options.pollIntervalValue() == null ? null : options.pollIntervalValue().toString();
    }

    /** @param pollInterval a number of seconds or text like {@code 1m} */
    @DataBoundSetter
    public void setPollInterval(String pollInterval) {
        options.setPollInterval(pollInterval);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        String waitId = "calmWaitForStatus-" + UUID.randomUUID();
        StepFailures.abortOnFailure(() -> {
            StepRun step = new StepRun(run, env, listener, options.connection());
            PreparedWait wait = WaitLog.prepare(step, options, waitId);
            WaitResult result = wait.decidedAlready().isPresent() ? wait.decidedAlready().get()
                    : await(WaitEngines.get().engine(step.connection().getName()), wait, step.console());
            return WaitLog.finish(step.console(), run, wait, result);
        });
    }

    /** Blocks the build's thread until the engine ends the wait; an aborted build aborts the wait. */
    private static WaitResult await(WaitEngine engine, PreparedWait wait, StepConsole console)
            throws InterruptedException, IOException {
        CompletableFuture<WaitResult> end = new CompletableFuture<>();
        engine.register(wait.state(), new WaitListener() {
            @Override
            public void onStatusChanged(StatusChange change) {
                WaitLog.changed(console, wait, change);
            }

            @Override
            public void onPollingProblem(PollingProblem problem) {
                WaitLog.problem(console, wait, problem);
            }

            @Override
            public void onPollingRecovered(String projectId) {
                WaitLog.recovered(console, projectId);
            }

            @Override
            public void onCompleted(WaitResult result) {
                end.complete(result);
            }
        });
        try {
            return end.get();
        } catch (InterruptedException e) {
            engine.abort(wait.state().waitId(), Messages.WaitForStatus_BuildAborted());
            throw e;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Extension
    @Symbol("calmWaitForStatus")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WaitForStatus_DisplayName();
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
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
