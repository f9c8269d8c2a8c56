package io.jenkins.plugins.calm.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.RegisterTransportOptions;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import io.jenkins.plugins.calm.core.steps.TransportActivityRules;
import io.jenkins.plugins.calm.core.steps.TransportRegistration;
import io.jenkins.plugins.calm.core.steps.TransportRegistrationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** What {@code calmRegisterTransport} and its build step do in a build; the rules are calm-core's. */
final class TransportRegistrar {

    private TransportRegistrar() {}

    /**
     * @param workspace the build's workspace; needed in upload mode only
     * @return the step's return value
     */
    static Map<String, Object> register(Run<?, ?> run, EnvVars env, TaskListener listener,
                                        @CheckForNull FilePath workspace, RegisterTransportOptions options)
            throws IOException, InterruptedException {
        return StepFailures.abortOnFailure(() -> {
            options.validate();
            StepRun step = new StepRun(run, env, listener, options.connection());
            ResolvedFeature resolved = step.feature(options.feature());
            FeatureSummary feature = step.lookup().find(resolved);
            step.console().feature(feature, Messages.Steps_FeatureFound(feature.statusName(), resolved.source()));
            step.action().feature(feature);
            Path folder = options.isUpload() ? Files.createTempDirectory("calm-upload") : null;
            try {
                Path local = folder == null ? null : copy(workspace, options.file(), folder);
                TransportRegistrationResult result = new TransportRegistration(step.client(),
                        TransportActivityRules.standard()).register(options, feature, step.buildInfo(), local,
                        step.console());
                step.action().transports(feature, result.transports(), result.node());
                return result.toMap();
            } finally {
                deleteRecursively(folder);
            }
        });
    }

    /** Copies the file from the workspace (on whichever agent it is) to this controller for the upload. */
    private static Path copy(@CheckForNull FilePath workspace, String file, Path folder)
            throws IOException, InterruptedException {
        if (workspace == null) {
            throw new AbortException(Messages.RegisterTransport_NoWorkspace(file));
        }
        FilePath source = workspace.child(file);
        if (!source.exists() || source.isDirectory()) {
            throw new AbortException(Messages.RegisterTransport_NoFile(file, workspace.getRemote()));
        }
        Path local = folder.resolve(source.getName());
        try (OutputStream out = Files.newOutputStream(local)) {
            source.copyTo(out);
        }
        return local;
    }

    private static void deleteRecursively(@CheckForNull Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
