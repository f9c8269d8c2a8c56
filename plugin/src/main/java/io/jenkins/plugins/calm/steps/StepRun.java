package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.Cause;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.steps.BuildInfo;
import io.jenkins.plugins.calm.core.steps.FeatureLookup;
import io.jenkins.plugins.calm.core.steps.FeatureResolver;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * One step running in one build: the Jenkins side of what every step needs (the connection, a client with
 * the build's credentials, the build's identity, the features it means) and the console it logs to.
 */
final class StepRun {

    /** Set by the git plugin in freestyle builds and by declarative Pipeline's checkout. */
    static final String COMMIT_VARIABLE = "GIT_COMMIT";

    private final Run<?, ?> run;
    private final EnvVars env;
    private final StepConsole console;
    private final CloudAlmConnection connection;
    private CloudAlmClient client;

    /**
     * @param connectionName the step's {@code connection} option; {@code null} for the only connection
     * @throws io.jenkins.plugins.calm.config.ConnectionNotFoundException saying which connections exist
     */
    StepRun(Run<?, ?> run, EnvVars env, TaskListener listener, @CheckForNull String connectionName) {
        this.run = run;
        this.env = env;
        this.console = new StepConsole(listener);
        this.connection = CloudAlmConfiguration.get().connection(connectionName);
    }

    Run<?, ?> run() {
        return run;
    }

    StepConsole console() {
        return console;
    }

    CloudAlmConnection connection() {
        return connection;
    }

    /** The client for this build, with the connection's credential resolved in the build's context. */
    CloudAlmClient client() {
        if (client == null) {
            client = ConnectionClients.forRun(run, connection);
        }
        return client;
    }

    FeatureLookup lookup() {
        return new FeatureLookup(client(), connection.getDefaultProject());
    }

    /** The feature the step means: its option, else {@code CALM_FEATURE_ID}, else commit labels. */
    ResolvedFeature feature(@CheckForNull String explicit) {
        return FeatureResolver.resolve(explicit, env::get, ChangeSetCommits.of(run));
    }

    /** The features the step means: those listed, else the one {@link #feature} finds. */
    List<ResolvedFeature> features(List<String> explicit) {
        return FeatureResolver.resolveAll(explicit, env::get, ChangeSetCommits.of(run));
    }

    BuildInfo buildInfo() {
        String rootUrl = Jenkins.get().getRootUrl();
        Cause.UserIdCause user = run.getCause(Cause.UserIdCause.class);
        return new BuildInfo(run.getParent().getFullName(), run.getNumber(),
                rootUrl == null ? null : rootUrl + run.getUrl(), env.get(COMMIT_VARIABLE),
                user == null ? null : user.getUserId());
    }

    /** The build's result so far; {@code null} while a Pipeline runs without failure. */
    @CheckForNull
    String buildResult() {
        Result result = run.getResult();
        return result == null ? null : result.toString();
    }

    CalmBuildAction action() {
        return CalmBuildAction.of(run);
    }
}
