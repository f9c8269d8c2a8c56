package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowRegistry;
import io.jenkins.plugins.calm.persistence.StateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the approval workflows in a file in JENKINS_HOME, so that Cloud ALM's decision polls are
 * answered after a restart. Saved whenever the registry changed, before the work that follows a
 * change is done.
 */
public final class WorkflowStore {

    /** The file's name in JENKINS_HOME. */
    public static final String FILE_NAME = "io.jenkins.plugins.calm.webhook.ApprovalWorkflows.json";

    private static final Logger LOGGER = Logger.getLogger(WorkflowStore.class.getName());

    private final StateFile file;
    private final WorkflowRegistry registry;
    private long savedVersion;

    private WorkflowStore(StateFile file, WorkflowRegistry registry) {
        this.file = file;
        this.registry = registry;
        this.savedVersion = registry.version();
    }

    /**
     * Restores the workflows saved in {@code path}. An unreadable file is moved aside (and logged),
     * and the store starts empty: Cloud ALM's polls of the lost workflows are answered "rejected".
     */
    public static WorkflowStore open(Path path, Clock clock) {
        StateFile file = new StateFile(path);
        WorkflowRegistry registry = null;
        try {
            Optional<String> saved = file.read();
            if (saved.isPresent()) {
                registry = WorkflowRegistry.restore(saved.get(), clock, () -> UUID.randomUUID().toString(),
                        WorkflowRegistry.Policy.DEFAULT);
            }
        } catch (IllegalArgumentException | IOException e) {
            LOGGER.log(Level.SEVERE, "The saved Cloud ALM approval workflows in " + path + " cannot be read; "
                    + moveAside(file, clock) + " Cloud ALM's decision polls of those workflows are answered 'rejected'.", e);
        }
        if (registry == null) {
            registry = new WorkflowRegistry(clock, () -> UUID.randomUUID().toString(), WorkflowRegistry.Policy.DEFAULT);
        }
        return new WorkflowStore(file, registry);
    }

    private static String moveAside(StateFile file, Clock clock) {
        try {
            return "it was moved to " + file.moveAside(clock.instant()) + ".";
        } catch (IOException e) {
            return "moving it aside failed too (" + e.getMessage() + "); it will be overwritten.";
        }
    }

    public WorkflowRegistry registry() {
        return registry;
    }

    /** Saves the workflows if they changed since the last save; a failure is logged and tried again next time. */
    public synchronized void saveIfChanged() {
        long version = registry.version();
        if (version == savedVersion) {
            return;
        }
        try {
            file.write(registry.toJson());
            savedVersion = version;
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Saving the Cloud ALM approval workflows to " + file.path() + " failed; a restart now"
                    + " would lose the running ones", e);
        }
    }
}
